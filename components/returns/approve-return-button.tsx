"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { approveReturnAction } from "@/app/b/[business]/returns/actions";
import { IDLE } from "@/lib/forms/state";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/ui/submit-button";

/**
 * "Approve and send the label" of a waiting request. A refusal names no field of this one-button
 * form (the shipment was voided, the carrier refused the label): its sentences are shown under it.
 */
export function ApproveReturnButton({ slug, returnId, number }: { slug: string; returnId: string; number: string }) {
  const t = useTranslations("returns.list");
  const [state, action] = useActionState(approveReturnAction.bind(null, slug), IDLE);
  const details = state.status === "error" ? Object.values(state.fieldErrors) : [];
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="returnId" value={returnId} />
      <SubmitButton aria-label={t("approveFor", { number })}>{t("approve")}</SubmitButton>
      <FormStatus state={state} />
      {details.map((d) => (
        <p key={d} className="text-sm text-brand-700" role="alert">
          {d}
        </p>
      ))}
    </form>
  );
}
