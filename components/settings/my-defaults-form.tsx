"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { updateMyDefaultsAction } from "@/app/b/[business]/defaults/actions";
import type { Defaults } from "@/lib/settings/settings";
import type { DefaultOptions } from "@/lib/settings/schemas";
import { formKey } from "@/lib/forms/form-key";
import { IDLE } from "@/lib/forms/state";
import { FormStatus, fieldError, kept } from "@/components/forms/form-status";
import { TextField } from "@/components/ui/field";
import { SETTINGS_LIMITS } from "@/lib/forms/limits";
import { SubmitButton } from "@/components/ui/submit-button";
import type { DefaultsChoices } from "./business-defaults-form";
import { DefaultSelect, OptionsFields } from "./defaults-fields";

export interface Overrides {
  defaultLocationId: string | null;
  defaultService: string | null;
  labelFormat: string | null;
  units: string | null;
  locale: string | null;
  reference: string | null;
  notificationEmails: string[] | null;
  defaultOptions: DefaultOptions | null;
}

/** This member's own defaults: every field can follow the business's or be their own. */
export function MyDefaultsForm(props: { slug: string; business: Defaults; own: Overrides; choices: DefaultsChoices }) {
  const t = useTranslations("defaults");
  const [state, action] = useActionState(updateMyDefaultsAction.bind(null, props.slug), IDLE);
  const label = (list: { value: string; label: string }[], value: unknown) => list.find((c) => c.value === value)?.label ?? t("none");
  const select = (name: "defaultLocationId" | "defaultService" | "labelFormat" | "units" | "locale", list: { value: string; label: string }[]) => (
    <DefaultSelect
      idPrefix="mine"
      state={state}
      name={name}
      label={t(`fields.${name}`)}
      value={props.own[name] ?? ""}
      choices={list}
      inheritLabel={t("inherit", { value: label(list, props.business[name]) })}
    />
  );
  const failed = state.status === "error";
  return (
    <form key={formKey(state)} action={action} className="space-y-5" noValidate aria-label={t("mineTitle")}>
      <FormStatus state={state} />
      <div className="grid gap-4 sm:grid-cols-2">
        {select("defaultLocationId", props.choices.locations)}
        {select("defaultService", props.choices.services)}
        {select("labelFormat", props.choices.labelFormats)}
        {select("units", props.choices.units)}
        {select("locale", props.choices.locales)}
        <TextField
          id="mine-reference"
          label={t("fields.reference")}
          name="reference"
          maxLength={SETTINGS_LIMITS.reference}
          hint={t("inherit", { value: props.business.reference ?? t("none") })}
          defaultValue={kept(state, "reference", props.own.reference ?? "")}
          error={fieldError(state, "reference")}
        />
      </div>
      <fieldset className="space-y-2">
        <label className="flex items-center gap-2 text-sm font-semibold">
          <input type="checkbox" name="overrideEmails" defaultChecked={failed ? state.values.overrideEmails === "on" : props.own.notificationEmails !== null} className="h-4 w-4" />
          {t("ownEmails")}
        </label>
        <TextField
          id="mine-notificationEmails"
          label={t("fields.notificationEmails")}
          name="notificationEmails"
          maxLength={SETTINGS_LIMITS.notificationEmails}
          hint={t("emailsHint")}
          defaultValue={kept(state, "notificationEmails", (props.own.notificationEmails ?? props.business.notificationEmails).join(", "))}
          error={fieldError(state, "notificationEmails")}
        />
      </fieldset>
      <fieldset className="space-y-2">
        <label className="flex items-center gap-2 text-sm font-semibold">
          <input type="checkbox" name="overrideOptions" defaultChecked={failed ? state.values.overrideOptions === "on" : props.own.defaultOptions !== null} className="h-4 w-4" />
          {t("ownOptions")}
        </label>
        <OptionsFields state={state} options={props.own.defaultOptions ?? props.business.defaultOptions} idPrefix="mine" />
      </fieldset>
      <SubmitButton pendingLabel={t("saving")}>{t("saveMine")}</SubmitButton>
    </form>
  );
}
