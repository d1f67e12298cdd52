import type { FormState } from "./state";

const keys = new WeakMap<FormState, number>();
let next = 0;

/**
 * A key that changes with every new result of a form's action. React 19 resets a form after its
 * action runs, and a reset puts selects and checkboxes back to the values the page first had
 * (losing what was typed, or showing a stale saved value). Giving the <form> this key remounts it
 * with the current defaults instead: the submitted values after an error, the saved ones after a
 * success.
 */
export function formKey(state: FormState): number {
  let key = keys.get(state);
  if (key === undefined) {
    key = ++next;
    keys.set(state, key);
  }
  return key;
}
