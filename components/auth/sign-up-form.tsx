"use client";

import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { signUpAction } from "@/app/signup/actions";
import { formKey } from "@/lib/forms/form-key";
import { IDLE } from "@/lib/forms/state";
import { FormStatus, fieldError, kept } from "@/components/forms/form-status";
import { SelectField, TextField } from "@/components/ui/field";
import { ACCOUNT_LIMITS } from "@/lib/forms/limits";
import { SubmitButton } from "@/components/ui/submit-button";

export function SignUpForm({ invite, email }: { invite?: string; email?: string }) {
  const t = useTranslations("auth");
  const locale = useLocale();
  const [state, action] = useActionState(signUpAction, IDLE);
  return (
    <form key={formKey(state)} action={action} className="space-y-4" noValidate>
      <FormStatus state={state} />
      {invite && <input type="hidden" name="invite" value={invite} />}
      <TextField label={t("name")} name="name" autoComplete="name" maxLength={ACCOUNT_LIMITS.personName} required defaultValue={kept(state, "name")} error={fieldError(state, "name")} />
      <TextField
        label={t("email")}
        name="email"
        type="email"
        maxLength={ACCOUNT_LIMITS.email}
        autoComplete="email"
        required
        readOnly={!!invite && !!email}
        defaultValue={kept(state, "email", email)}
        error={fieldError(state, "email")}
      />
      <TextField
        label={t("password")}
        name="password"
        type="password"
        maxLength={ACCOUNT_LIMITS.password}
        autoComplete="new-password"
        required
        hint={t("passwordHint")}
        error={fieldError(state, "password")}
      />
      {!invite && (
        <TextField
          label={t("businessName")}
          name="businessName"
          maxLength={ACCOUNT_LIMITS.businessName}
          autoComplete="organization"
          required
          defaultValue={kept(state, "businessName")}
          error={fieldError(state, "businessName")}
        />
      )}
      <SelectField label={t("language")} name="locale" defaultValue={kept(state, "locale", locale)} error={fieldError(state, "locale")}>
        <option value="en">English</option>
        <option value="fr">Français</option>
      </SelectField>
      <SubmitButton className="w-full" pendingLabel={t("creatingAccount")}>
        {t("createAccount")}
      </SubmitButton>
    </form>
  );
}
