"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { createLocationAction, updateLocationAction } from "@/app/b/[business]/locations/actions";
import type { Option } from "@/lib/addresses/locale";
import { formKey } from "@/lib/forms/form-key";
import { LOCATION_LIMITS } from "@/lib/forms/limits";
import { IDLE } from "@/lib/forms/state";
import { FormStatus, fieldError, kept } from "@/components/forms/form-status";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

export type LocationValues = Record<"label" | "contactName" | "company" | "phone" | "email" | "line1" | "line2" | "city" | "province" | "postalCode" | "closeTime", string> & { id?: string };

/**
 * Add or edit a ship-from location (in Canada). Each address problem shows next to its field. A
 * contract business (`contract`) also sets the time Envoi closes the location's day on its own.
 */
export function LocationForm({ slug, provinces, initial, contract = false }: { slug: string; provinces: readonly Option[]; initial?: LocationValues; contract?: boolean }) {
  const t = useTranslations("locations");
  const f = useTranslations("address.fields");
  const action = initial?.id ? updateLocationAction : createLocationAction;
  const [state, formAction] = useActionState(action.bind(null, slug), IDLE);
  const prefix = initial?.id ?? "new";
  const field = (name: keyof LocationValues, label: string, props: Record<string, unknown> = {}) => (
    <TextField id={`${prefix}-${name}`} label={label} name={name} defaultValue={kept(state, name, initial?.[name] ?? "")} error={fieldError(state, name)} maxLength={LOCATION_LIMITS[name as keyof typeof LOCATION_LIMITS]} {...props} />
  );
  return (
    <form key={formKey(state)} action={formAction} className="space-y-4" noValidate aria-label={initial?.id ? t("editNamed", { name: initial.label }) : t("newTitle")}>
      <FormStatus state={state} />
      {initial?.id && <input type="hidden" name="id" value={initial.id} />}
      <div className="grid gap-4 sm:grid-cols-2">
        {field("label", t("label"), { hint: t("labelHint") })}
        {field("contactName", t("contactName"), { autoComplete: "name" })}
        {field("company", f("company"), { autoComplete: "organization" })}
        {field("phone", f("phone"), { type: "tel", autoComplete: "tel" })}
        {field("email", f("email"), { type: "email", autoComplete: "email" })}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        {field("line1", f("line1"), { autoComplete: "address-line1" })}
        {field("line2", f("line2"), { autoComplete: "address-line2" })}
        {field("postalCode", t("postalCode"), { autoComplete: "postal-code" })}
        {field("city", f("city"), { autoComplete: "address-level2", hint: t("cityHint") })}
        <SelectField id={`${prefix}-province`} label={t("province")} name="province" defaultValue={kept(state, "province", initial?.province ?? "")} error={fieldError(state, "province")}>
          <option value="">{t("chooseProvince")}</option>
          {provinces.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </SelectField>
      </div>
      {contract && (
        <div className="grid gap-4 sm:grid-cols-2">
          {field("closeTime", t("closeTime"), { type: "time", hint: t("closeTimeHint"), maxLength: 5 })}
        </div>
      )}
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="makeDefault" className="h-4 w-4" defaultChecked={state.status === "error" ? state.values.makeDefault === "on" : false} />
        {t("makeDefaultCheckbox")}
      </label>
      <SubmitButton pendingLabel={t("saving")}>{initial?.id ? t("save") : t("add")}</SubmitButton>
    </form>
  );
}
