"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { signInWithPassword } from "@/app/signin/actions";
import { IDLE } from "@/lib/forms/state";
import { FormStatus, fieldError, kept } from "@/components/forms/form-status";
import { TextField } from "@/components/ui/field";
import { ACCOUNT_LIMITS } from "@/lib/forms/limits";
import { SubmitButton } from "@/components/ui/submit-button";

export function PasswordSignInForm({ callbackUrl, email }: { callbackUrl?: string; email?: string }) {
  const t = useTranslations("auth");
  const [state, action] = useActionState(signInWithPassword, IDLE);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? ""} />
      <TextField label={t("email")} name="email" type="email" maxLength={ACCOUNT_LIMITS.email} autoComplete="email" required defaultValue={kept(state, "email", email)} error={fieldError(state, "email")} />
      <TextField label={t("password")} name="password" type="password" maxLength={ACCOUNT_LIMITS.password} autoComplete="current-password" required error={fieldError(state, "password")} />
      <SubmitButton className="w-full" pendingLabel={t("signingIn")}>
        {t("signIn")}
      </SubmitButton>
    </form>
  );
}
