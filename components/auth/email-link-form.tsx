"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { signInWithEmailLink } from "@/app/signin/actions";
import { IDLE } from "@/lib/forms/state";
import { FormStatus, fieldError, kept } from "@/components/forms/form-status";
import { TextField } from "@/components/ui/field";
import { ACCOUNT_LIMITS } from "@/lib/forms/limits";
import { SubmitButton } from "@/components/ui/submit-button";

export function EmailLinkForm({ callbackUrl, email }: { callbackUrl?: string; email?: string }) {
  const t = useTranslations("auth");
  const [state, action] = useActionState(signInWithEmailLink, IDLE);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? ""} />
      <TextField
        id="link-email"
        label={t("email")}
        name="email"
        type="email"
        maxLength={ACCOUNT_LIMITS.email}
        autoComplete="email"
        required
        defaultValue={kept(state, "email", email)}
        error={fieldError(state, "email")}
      />
      <SubmitButton variant="secondary" className="w-full" pendingLabel={t("sendingLink")}>
        {t("emailMeALink")}
      </SubmitButton>
    </form>
  );
}
