"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { createTemplateAction, updateTemplateAction } from "@/app/b/[business]/templates/actions";
import { formKey } from "@/lib/forms/form-key";
import { NUMBER_TEXT_MAX, TEMPLATE_LIMITS } from "@/lib/forms/limits";
import { IDLE } from "@/lib/forms/state";
import { FormStatus, fieldError, kept } from "@/components/forms/form-status";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

export interface TemplateFormValues {
  id?: string;
  name: string;
  packaging: string;
  length: string;
  width: string;
  height: string;
  weight: string;
}

/** Create or edit a parcel template, in the member's units (cm/kg or in/lb). */
export function TemplateForm({ slug, units, initial }: { slug: string; units: "METRIC" | "IMPERIAL"; initial?: TemplateFormValues }) {
  const t = useTranslations("templates");
  const action = initial?.id ? updateTemplateAction : createTemplateAction;
  const [state, formAction] = useActionState(action.bind(null, slug), IDLE);
  const len = units === "METRIC" ? "cm" : "in";
  const wt = units === "METRIC" ? "kg" : "lb";
  const field = (name: keyof TemplateFormValues, label: string) => (
    <TextField
      label={label}
      name={name}
      inputMode="decimal"
      maxLength={NUMBER_TEXT_MAX}
      defaultValue={kept(state, name, initial?.[name] ?? "")}
      error={fieldError(state, name)}
      id={`${initial?.id ?? "new"}-${name}`}
    />
  );
  return (
    <form key={formKey(state)} action={formAction} className="space-y-4" noValidate aria-label={initial?.id ? t("editNamed", { name: initial.name }) : t("newTitle")}>
      <FormStatus state={state} />
      <input type="hidden" name="units" value={units} />
      {initial?.id && <input type="hidden" name="id" value={initial.id} />}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t("name")} name="name" id={`${initial?.id ?? "new"}-name`} defaultValue={kept(state, "name", initial?.name ?? "")} error={fieldError(state, "name")} maxLength={TEMPLATE_LIMITS.name} />
        <SelectField label={t("packaging")} name="packaging" id={`${initial?.id ?? "new"}-packaging`} defaultValue={kept(state, "packaging", initial?.packaging ?? "BOX")}>
          {(["BOX", "ENVELOPE", "TUBE", "PAK"] as const).map((p) => (
            <option key={p} value={p}>
              {t(`packagings.${p}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="grid gap-4 sm:grid-cols-4">
        {field("length", t("length", { unit: len }))}
        {field("width", t("width", { unit: len }))}
        {field("height", t("height", { unit: len }))}
        {field("weight", t("weight", { unit: wt }))}
      </div>
      <SubmitButton pendingLabel={t("saving")}>{initial?.id ? t("save") : t("add")}</SubmitButton>
    </form>
  );
}
