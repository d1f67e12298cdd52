"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { createContactAction, updateContactAction } from "@/app/b/[business]/contacts/actions";
import type { Option } from "@/lib/addresses/locale";
import { formKey } from "@/lib/forms/form-key";
import { IDLE } from "@/lib/forms/state";
import { FormStatus, fieldError, kept } from "@/components/forms/form-status";
import { SelectField, TextField } from "@/components/ui/field";
import { CONTACT_LIMITS } from "@/lib/forms/limits";
import { SubmitButton } from "@/components/ui/submit-button";
import { controlClass } from "@/components/ui/field";

export type ContactValues = Record<
  "name" | "company" | "line1" | "line2" | "city" | "province" | "postalCode" | "country" | "phone" | "email" | "notes" | "tags" | "taxId",
  string
> & { id?: string };

/**
 * Add or edit a contact. The province field follows the country: provinces for Canada, states
 * for the United States, free text elsewhere. Each problem shows next to its field.
 */
export function ContactForm(props: { slug: string; initial?: ContactValues; countries: readonly Option[]; provinces: readonly Option[]; states: readonly Option[] }) {
  const t = useTranslations("contacts");
  const f = useTranslations("address.fields");
  const action = props.initial?.id ? updateContactAction : createContactAction;
  const [state, formAction] = useActionState(action.bind(null, props.slug), IDLE);
  const [country, setCountry] = useState(kept(state, "country", props.initial?.country ?? "CA"));
  const field = (name: keyof ContactValues, label: string, extra: Record<string, unknown> = {}) => (
    <TextField label={label} name={name} defaultValue={kept(state, name, props.initial?.[name] ?? "")} error={fieldError(state, name)} maxLength={CONTACT_LIMITS[name as keyof typeof CONTACT_LIMITS]} {...extra} />
  );
  const regions = country === "CA" ? props.provinces : country === "US" ? props.states : null;
  return (
    <form key={formKey(state)} action={formAction} className="space-y-5" noValidate>
      <FormStatus state={state} />
      {props.initial?.id && <input type="hidden" name="id" value={props.initial.id} />}
      <div className="grid gap-4 sm:grid-cols-2">
        {field("name", f("name"), { autoComplete: "off" })}
        {field("company", f("company"), { autoComplete: "off" })}
        {field("line1", f("line1"), { autoComplete: "off" })}
        {field("line2", f("line2"), { autoComplete: "off" })}
        <SelectField label={f("country")} name="country" value={country} onChange={(e) => setCountry(e.target.value)} error={fieldError(state, "country")}>
          {props.countries.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </SelectField>
        {field("postalCode", f("postalCode"), { autoComplete: "off" })}
        {field("city", f("city"), { autoComplete: "off", hint: country === "CA" ? t("cityHint") : undefined })}
        {regions ? (
          <SelectField key={country} label={f("province")} name="province" defaultValue={kept(state, "province", props.initial?.province ?? "")} error={fieldError(state, "province")}>
            <option value="">{t("choose")}</option>
            {regions.map((r) => (
              <option key={r.value} value={r.value}>
                {r.label}
              </option>
            ))}
          </SelectField>
        ) : (
          <TextField
            key="free"
            label={f("province")}
            name="province"
            defaultValue={kept(state, "province", props.initial?.province ?? "")}
            error={fieldError(state, "province")}
            maxLength={CONTACT_LIMITS.province}
          />
        )}
        {field("phone", f("phone"), { type: "tel" })}
        {field("email", f("email"), { type: "email" })}
        {field("taxId", t("taxId"), { hint: t("taxIdHint") })}
        {field("tags", t("tags"), { hint: t("tagsHint") })}
      </div>
      <div className="space-y-1.5">
        <label htmlFor="contact-notes" className="block text-sm font-medium text-zinc-800">
          {t("notes")}
        </label>
        <textarea id="contact-notes" name="notes" rows={3} maxLength={CONTACT_LIMITS.notes} defaultValue={kept(state, "notes", props.initial?.notes ?? "")} className={controlClass} />
      </div>
      <SubmitButton pendingLabel={t("saving")}>{props.initial?.id ? t("save") : t("add")}</SubmitButton>
    </form>
  );
}
