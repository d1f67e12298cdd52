"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { updateBusinessDefaultsAction } from "@/app/b/[business]/defaults/actions";
import type { Defaults } from "@/lib/settings/settings";
import { formKey } from "@/lib/forms/form-key";
import { IDLE } from "@/lib/forms/state";
import { FormStatus, fieldError, kept } from "@/components/forms/form-status";
import { PackingSlipFields } from "@/components/settings/packing-slip-fields";
import { TextField } from "@/components/ui/field";
import { SETTINGS_LIMITS } from "@/lib/forms/limits";
import { SubmitButton } from "@/components/ui/submit-button";
import { DefaultSelect, OptionsFields, type Choice } from "./defaults-fields";

export interface DefaultsChoices {
  locations: Choice[];
  services: Choice[];
  labelFormats: Choice[];
  units: Choice[];
  locales: Choice[];
}

/** The business's defaults (owners and admins). */
export function BusinessDefaultsForm({ slug, defaults, choices }: { slug: string; defaults: Defaults; choices: DefaultsChoices }) {
  const t = useTranslations("defaults");
  const [state, action] = useActionState(updateBusinessDefaultsAction.bind(null, slug), IDLE);
  const select = (name: keyof Defaults, list: Choice[], none?: string) => (
    <DefaultSelect idPrefix="business" state={state} name={name} label={t(`fields.${name}`)} value={String(defaults[name] ?? "")} choices={list} inheritLabel={none} />
  );
  return (
    <form key={formKey(state)} action={action} className="space-y-5" noValidate aria-label={t("businessTitle")}>
      <FormStatus state={state} />
      <div className="grid gap-4 sm:grid-cols-2">
        {select("defaultLocationId", choices.locations, t("none"))}
        {select("defaultService", choices.services, t("noService"))}
        {select("labelFormat", choices.labelFormats)}
        {select("units", choices.units)}
        {select("locale", choices.locales)}
        <TextField
          id="business-reference"
          label={t("fields.reference")}
          name="reference"
          maxLength={SETTINGS_LIMITS.reference}
          defaultValue={kept(state, "reference", defaults.reference ?? "")}
          error={fieldError(state, "reference")}
        />
      </div>
      <TextField
        id="business-notificationEmails"
        label={t("fields.notificationEmails")}
        name="notificationEmails"
        maxLength={SETTINGS_LIMITS.notificationEmails}
        hint={t("emailsHint")}
        defaultValue={kept(state, "notificationEmails", defaults.notificationEmails.join(", "))}
        error={fieldError(state, "notificationEmails")}
      />
      <fieldset className="space-y-3">
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" name="emailLabels" defaultChecked={state.status === "error" ? state.values.emailLabels === "on" : Boolean(defaults.emailLabels)} className="mt-0.5 h-4 w-4" />
          <span>
            {t("emailLabels")}
            <span className="block text-xs text-zinc-500">{t("emailLabelsHelp")}</span>
          </span>
        </label>
        <TextField
          id="business-emailLabelsTo"
          label={t("emailLabelsTo")}
          name="emailLabelsTo"
          type="email"
          maxLength={SETTINGS_LIMITS.emailLabelsTo}
          defaultValue={kept(state, "emailLabelsTo", defaults.emailLabelsTo ?? "")}
          error={fieldError(state, "emailLabelsTo")}
        />
      </fieldset>
      <PackingSlipFields state={state} defaults={defaults} />
      <fieldset>
        <legend className="mb-2 text-sm font-semibold">{t("optionsTitle")}</legend>
        <OptionsFields state={state} options={defaults.defaultOptions} idPrefix="business" />
      </fieldset>
      <SubmitButton pendingLabel={t("saving")}>{t("saveBusiness")}</SubmitButton>
    </form>
  );
}
