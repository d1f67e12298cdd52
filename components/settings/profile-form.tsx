"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { updateProfileAction } from "@/app/b/[business]/settings/actions";
import type { BusinessProfile } from "@/lib/businesses/profile";
import { MAX_TAX_IDS } from "@/lib/businesses/profile-schema";
import { TAX_ID_TYPES } from "@/lib/businesses/tax-ids";
import { formKey } from "@/lib/forms/form-key";
import { ACCOUNT_LIMITS, PROFILE_LIMITS } from "@/lib/forms/limits";
import { IDLE } from "@/lib/forms/state";
import { FormStatus, fieldError, kept } from "@/components/forms/form-status";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

/** The business profile; read-only for roles that cannot edit it. */
/** The longest value of each field. */
const MAX_LENGTH: Partial<Record<keyof BusinessProfile, number>> = {
  name: ACCOUNT_LIMITS.businessName,
  legalName: PROFILE_LIMITS.legalName,
  phone: PROFILE_LIMITS.phone,
  email: PROFILE_LIMITS.email,
  businessNumber: PROFILE_LIMITS.taxNumber,
  gstHstNumber: PROFILE_LIMITS.taxNumber,
  qstNumber: PROFILE_LIMITS.taxNumber,
  accountNumber: PROFILE_LIMITS.taxNumber,
  contractNumber: PROFILE_LIMITS.taxNumber,
};

export function ProfileForm({ slug, profile, editable, creditLimit }: { slug: string; profile: BusinessProfile; editable: boolean; creditLimit: string }) {
  const t = useTranslations("profile");
  const [state, action] = useActionState(updateProfileAction.bind(null, slug), IDLE);
  const text = (name: keyof BusinessProfile, props: { type?: string; hint?: string; autoComplete?: string } = {}) => (
    <TextField
      label={t(`fields.${name}`)}
      name={name}
      defaultValue={kept(state, name, (profile[name] as string | null) ?? "")}
      error={fieldError(state, name)}
      readOnly={!editable}
      maxLength={MAX_LENGTH[name]}
      {...props}
    />
  );
  const rows = Array.from({ length: Math.max(profile.internationalTaxIds.length + 1, 2) }, (_, i) => profile.internationalTaxIds[i]).slice(0, MAX_TAX_IDS);
  return (
    <form key={formKey(state)} action={action} className="space-y-6" noValidate>
      <FormStatus state={state} />
      <fieldset className="grid gap-4 sm:grid-cols-2" disabled={!editable}>
        <legend className="sr-only">{t("identity")}</legend>
        {text("name", { autoComplete: "organization" })}
        {text("legalName")}
        {text("phone", { type: "tel", autoComplete: "tel" })}
        {text("email", { type: "email", autoComplete: "email" })}
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-3" disabled={!editable}>
        <legend className="mb-2 text-sm font-semibold text-zinc-900">{t("taxNumbers")}</legend>
        {text("businessNumber", { hint: "123456789" })}
        {text("gstHstNumber", { hint: "123456789RT0001" })}
        {text("qstNumber", { hint: "1234567890TQ0001" })}
      </fieldset>
      <fieldset className="space-y-3" disabled={!editable}>
        <legend className="mb-2 text-sm font-semibold text-zinc-900">{t("internationalTaxIds")}</legend>
        <p className="text-sm text-zinc-600">{t("internationalHelp")}</p>
        {rows.map((row, i) => (
          <div key={i} className="grid gap-3 sm:grid-cols-[10rem_6rem_1fr]">
            <SelectField label={t("taxIdType")} name={`taxIdType_${i}`} defaultValue={kept(state, `taxIdType_${i}`, row?.type ?? "EORI")}>
              {TAX_ID_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`taxIdTypes.${type}`)}
                </option>
              ))}
            </SelectField>
            <TextField label={t("taxIdCountry")} name={`taxIdCountry_${i}`} maxLength={PROFILE_LIMITS.taxIdCountry} defaultValue={kept(state, `taxIdCountry_${i}`, row?.country ?? "")} error={fieldError(state, `internationalTaxIds.${i}.country`)} />
            <TextField label={t("taxIdNumber")} name={`taxIdNumber_${i}`} maxLength={PROFILE_LIMITS.taxNumber} defaultValue={kept(state, `taxIdNumber_${i}`, row?.number ?? "")} error={fieldError(state, `internationalTaxIds.${i}.number`)} />
          </div>
        ))}
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2" disabled={!editable}>
        <legend className="mb-2 text-sm font-semibold text-zinc-900">{t("billing")}</legend>
        {text("accountNumber", { hint: t("accountNumberHint") })}
        {text("contractNumber", { hint: t("contractNumberHint") })}
        <div className="space-y-1.5">
          <p className="block text-sm font-medium text-zinc-800">{t("creditLimit")}</p>
          <p className="py-2 text-sm" data-testid="credit-limit">{creditLimit}</p>
          <p className="text-xs text-zinc-500">{t("creditLimitHelp")}</p>
        </div>
      </fieldset>
      {editable && <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>}
    </form>
  );
}
