"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { refuseReturnAction } from "@/app/b/[business]/returns/actions";
import { formKey } from "@/lib/forms/form-key";
import { IDLE } from "@/lib/forms/state";
import { FormStatus, fieldError, kept } from "@/components/forms/form-status";
import { controlClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

/** "Refuse" a customer's return request, with an optional reason the customer reads in the email. */
export function RefuseReturnForm({ slug, returnId, number, max }: { slug: string; returnId: string; number: string; max: number }) {
  const t = useTranslations("returns.list");
  const [state, action] = useActionState(refuseReturnAction.bind(null, slug), IDLE);
  const id = `refuse-${returnId}`;
  const error = fieldError(state, "refusedReason");
  return (
    <form key={formKey(state)} action={action} className="space-y-2" aria-label={t("refuseFor", { number })} noValidate>
      <input type="hidden" name="returnId" value={returnId} />
      <label htmlFor={id} className="block text-sm font-medium text-zinc-800">
        {t("refusedReason")}
      </label>
      <textarea id={id} name="refusedReason" rows={2} maxLength={max} defaultValue={kept(state, "refusedReason")} aria-invalid={error ? true : undefined} aria-describedby={`${id}-hint`} className={controlClass} />
      <p id={`${id}-hint`} className="text-xs text-zinc-500">
        {t("refusedReasonHelp")}
      </p>
      {error && (
        <p className="text-sm text-brand-700" role="alert">
          {error}
        </p>
      )}
      <SubmitButton variant="danger">{t("refuse")}</SubmitButton>
      <FormStatus state={state} />
    </form>
  );
}
