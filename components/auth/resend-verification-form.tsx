"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { resendVerificationAction } from "@/app/verify-email/actions";
import { IDLE } from "@/lib/forms/state";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/ui/submit-button";

export function ResendVerificationForm() {
  const t = useTranslations("verify");
  const [state, action] = useActionState(resendVerificationAction, IDLE);
  return (
    <form action={action} className="space-y-3">
      <FormStatus state={state} />
      <SubmitButton variant="secondary" pendingLabel={t("sending")}>
        {t("resend")}
      </SubmitButton>
    </form>
  );
}
