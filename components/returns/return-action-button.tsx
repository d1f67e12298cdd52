"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/forms/state";
import { IDLE } from "@/lib/forms/state";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/ui/submit-button";

/**
 * One button acting on one return (approve, cancel the label). Its refusals name no field of this
 * one-button form (the shipment was voided, the carrier refused, the parcel was scanned): their
 * sentences are shown under it with the action's message.
 */
export function ReturnActionButton(props: {
  action: (slug: string, prev: FormState, data: FormData) => Promise<FormState>;
  slug: string;
  returnId: string;
  label: string;
  ariaLabel: string;
  confirm?: string;
  variant?: "primary" | "secondary";
}) {
  const [state, action] = useActionState(props.action.bind(null, props.slug), IDLE);
  const details = state.status === "error" ? Object.values(state.fieldErrors) : [];
  return (
    <form
      action={action}
      className="space-y-2"
      onSubmit={(e) => {
        if (props.confirm && !window.confirm(props.confirm)) e.preventDefault();
      }}
    >
      <input type="hidden" name="returnId" value={props.returnId} />
      <SubmitButton variant={props.variant ?? "primary"} aria-label={props.ariaLabel}>
        {props.label}
      </SubmitButton>
      <FormStatus state={state} />
      {details.map((d) => (
        <p key={d} className="text-sm text-brand-700" role="alert">
          {d}
        </p>
      ))}
    </form>
  );
}
