"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { createBusinessAction } from "@/app/businesses/new/actions";
import { IDLE } from "@/lib/forms/state";
import { FormStatus, fieldError, kept } from "@/components/forms/form-status";
import { TextField } from "@/components/ui/field";
import { ACCOUNT_LIMITS } from "@/lib/forms/limits";
import { SubmitButton } from "@/components/ui/submit-button";

export function CreateBusinessForm() {
  const t = useTranslations("businesses");
  const [state, action] = useActionState(createBusinessAction, IDLE);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormStatus state={state} />
      <TextField label={t("name")} name="name" autoComplete="organization" maxLength={ACCOUNT_LIMITS.businessName} required defaultValue={kept(state, "name")} error={fieldError(state, "name")} />
      <SubmitButton pendingLabel={t("creating")}>{t("create")}</SubmitButton>
    </form>
  );
}
