"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { changePasswordAction } from "@/app/account/actions";
import { IDLE } from "@/lib/forms/state";
import { FormStatus, fieldError } from "@/components/forms/form-status";
import { TextField } from "@/components/ui/field";
import { ACCOUNT_LIMITS } from "@/lib/forms/limits";
import { SubmitButton } from "@/components/ui/submit-button";

export function PasswordForm({ hasPassword }: { hasPassword: boolean }) {
  const t = useTranslations("account");
  const auth = useTranslations("auth");
  const [state, action] = useActionState(changePasswordAction, IDLE);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormStatus state={state} />
      {!hasPassword && <p className="text-sm text-zinc-600">{t("noPasswordYet")}</p>}
      {hasPassword && (
        <TextField label={t("currentPassword")} name="currentPassword" type="password" maxLength={ACCOUNT_LIMITS.password} autoComplete="current-password" error={fieldError(state, "currentPassword")} />
      )}
      <TextField label={t("newPassword")} name="newPassword" type="password" maxLength={ACCOUNT_LIMITS.password} autoComplete="new-password" hint={auth("passwordHint")} error={fieldError(state, "newPassword")} />
      <SubmitButton pendingLabel={t("saving")}>{hasPassword ? t("changePassword") : t("setPassword")}</SubmitButton>
    </form>
  );
}
