"use client";

import { useActionState } from "react";
import { rollWebhookSecretAction } from "@/app/b/[business]/developers/webhooks/actions";
import { IDLE } from "@/lib/forms/state";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { WebhookSecret } from "./webhook-secret";

/** Rolls an endpoint's signing secret after a confirmation, then shows the new one, once. */
export function RollSecretButton({ slug, id, label, confirm }: { slug: string; id: string; label: string; confirm: string }) {
  const [state, action] = useActionState(rollWebhookSecretAction.bind(null, slug), IDLE);
  return (
    <div className="space-y-3">
      <form
        action={action}
        className="flex flex-col items-end gap-2"
        onSubmit={(e) => {
          if (!window.confirm(confirm)) e.preventDefault();
        }}
      >
        <input type="hidden" name="id" value={id} />
        <SubmitButton variant="secondary">{label}</SubmitButton>
        <FormStatus state={state} />
      </form>
      {state.status === "ok" && state.secret && <WebhookSecret secret={state.secret} />}
    </div>
  );
}
