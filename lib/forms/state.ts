/**
 * The one result shape of every form action, shown inline by `useActionState`: either `ok` with an
 * optional message, or an `error` sentence plus per-field messages and the submitted values so
 * nothing typed is lost.
 */
export type FormState =
  | { status: "idle" }
  | { status: "ok"; message?: string; secret?: string }
  | { status: "error"; error: string; fieldErrors: Record<string, string>; values: Record<string, string> };

export const IDLE: FormState = { status: "idle" };
