"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/forms/state";
import { IDLE } from "@/lib/forms/state";
import { cn } from "@/components/ui/cn";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormStatus } from "./form-status";

/**
 * One button that runs one business action on one thing (delete, revoke, make default, leave),
 * optionally after a confirmation, and shows the action's message under it.
 */
export function ActionButton(props: {
  action: (slug: string, prev: FormState, data: FormData) => Promise<FormState>;
  slug: string;
  fields?: Record<string, string>;
  label: string;
  ariaLabel?: string;
  confirm?: string;
  variant?: "primary" | "secondary" | "danger" | "ghost";
  className?: string;
}) {
  const [state, action] = useActionState(props.action.bind(null, props.slug), IDLE);
  return (
    <form
      action={action}
      className={cn("flex flex-col items-end gap-2", props.className)}
      onSubmit={(e) => {
        if (props.confirm && !window.confirm(props.confirm)) e.preventDefault();
      }}
    >
      {Object.entries(props.fields ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton variant={props.variant ?? "danger"} aria-label={props.ariaLabel}>
        {props.label}
      </SubmitButton>
      <FormStatus state={state} />
    </form>
  );
}
