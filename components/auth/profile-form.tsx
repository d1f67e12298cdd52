"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { updateProfileAction } from "@/app/account/actions";
import { formKey } from "@/lib/forms/form-key";
import { IDLE } from "@/lib/forms/state";
import { FormStatus, fieldError, kept } from "@/components/forms/form-status";
import { SelectField, TextField } from "@/components/ui/field";
import { ACCOUNT_LIMITS } from "@/lib/forms/limits";
import { SubmitButton } from "@/components/ui/submit-button";

export function ProfileForm({ name, locale }: { name: string; locale: string }) {
  const t = useTranslations("account");
  const [state, action] = useActionState(updateProfileAction, IDLE);
  return (
    <form key={formKey(state)} action={action} className="space-y-4" noValidate>
      <FormStatus state={state} />
      <TextField label={t("name")} name="name" autoComplete="name" maxLength={ACCOUNT_LIMITS.personName} defaultValue={kept(state, "name", name)} error={fieldError(state, "name")} />
      <SelectField label={t("language")} name="locale" defaultValue={kept(state, "locale", locale)} error={fieldError(state, "locale")}>
        <option value="en">English</option>
        <option value="fr">Français</option>
      </SelectField>
      <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
    </form>
  );
}
