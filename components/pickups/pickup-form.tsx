"use client";

import { useActionState, useState, type ChangeEvent } from "react";
import { useLocale, useTranslations } from "next-intl";
import { bookPickupAction, changePickupAction } from "@/app/b/[business]/pickups/actions";
import { fieldError, FormStatus, kept } from "@/components/forms/form-status";
import { SelectField, TextField } from "@/components/ui/field";
import { NUMBER_TEXT_MAX, PICKUP_FORM_LIMITS as L } from "@/lib/forms/limits";
import { SubmitButton } from "@/components/ui/submit-button";
import { formatMoney } from "@/lib/i18n/format";
import { IDLE } from "@/lib/forms/state";
import { pickupFee } from "@/lib/carriers/pickup-rules";
import type { PickupFeeSchedule } from "@/lib/carriers/types";
import { contactAfterLocationChange, pickupContactDefaults, type PickupContact } from "@/lib/pickups/contact-defaults";
import type { PickupFormValues, PickupLocationChoice } from "@/lib/pickups/form-data";

const KINDS = ["FRONT_DESK", "RECEPTION", "LOADING_DOCK", "MAILROOM", "SIDE_DOOR", "OTHER"] as const;

/** Book (or change) a one-off pickup; the fee is shown before confirming. */
export function PickupForm(props: { slug: string; pickupId?: string; batchId?: string; locations: PickupLocationChoice[]; provinces: readonly { value: string; label: string }[]; values: PickupFormValues; dates: string[]; fee: PickupFeeSchedule | null; billedByCarrier?: boolean; fallbackContact: PickupContact }) {
  const t = useTranslations("pickups.form");
  const locale = useLocale() as "en" | "fr";
  const action = props.pickupId ? changePickupAction : bookPickupAction;
  const [state, formAction] = useActionState(action.bind(null, props.slug), IDLE);
  const v = (name: keyof PickupFormValues) => kept(state, name, String(props.values[name] ?? ""));
  const [locationId, setLocationId] = useState(v("locationId") || props.locations[0]?.id || "other");
  const [parcels, setParcels] = useState(v("parcels") || "1");
  const [province, setProvince] = useState(v("province"));
  const [date, setDate] = useState(v("date"));
  const [instructions, setInstructions] = useState(v("instructions"));
  const contactOf = (id: string) => pickupContactDefaults(props.locations.find((l) => l.id === id), props.fallbackContact);
  const [contact, setContact] = useState<PickupContact>(() => {
    const defaults = contactOf(locationId);
    return { contactName: v("contactName") || defaults.contactName, contactPhone: v("contactPhone") || defaults.contactPhone, contactEmail: v("contactEmail") || defaults.contactEmail };
  });
  const chooseLocation = (id: string) => {
    setContact((current) => contactAfterLocationChange(current, contactOf(locationId), contactOf(id)));
    setLocationId(id);
  };
  const contactField = (name: keyof PickupContact) => ({ name, value: contact[name], onChange: (e: ChangeEvent<HTMLInputElement>) => setContact((c) => ({ ...c, [name]: e.target.value })) });
  const chosen = props.locations.find((l) => l.id === locationId);
  const count = Number(parcels);
  const where = chosen?.province ?? province;
  const day = date || props.dates[0] || "";
  const price = props.fee && Number.isInteger(count) && count > 0 && where && /^\d{4}-\d{2}-\d{2}$/.test(day) ? pickupFee(props.fee, { province: where, date: day, parcels: count }) : null;
  const err = (name: string) => fieldError(state, name);
  return (
    <form action={formAction} className="space-y-5" noValidate aria-label={props.pickupId ? t("changeTitle") : t("bookTitle")}>
      <FormStatus state={state} />
      {props.pickupId && <input type="hidden" name="pickupId" value={props.pickupId} />}
      {props.batchId && <input type="hidden" name="batchId" value={props.batchId} />}
      <SelectField label={t("pickupAt")} name="locationId" value={locationId} onChange={(e) => chooseLocation(e.target.value)} error={err("locationId")}>
        {props.locations.map((l) => (
          <option key={l.id} value={l.id}>
            {l.label}
          </option>
        ))}
        <option value="other">{t("otherAddress")}</option>
      </SelectField>
      {locationId === "other" && (
        <fieldset className="grid gap-4 sm:grid-cols-2">
          <legend className="sr-only">{t("otherAddress")}</legend>
          <TextField label={t("company")} name="company" defaultValue={v("company")} maxLength={L.company} error={err("company")} />
          <TextField label={t("line1")} name="line1" defaultValue={v("line1")} maxLength={L.line1} error={err("line1")} />
          <TextField label={t("line2")} name="line2" defaultValue={v("line2")} maxLength={L.line2} error={err("line2")} />
          <TextField label={t("city")} name="city" defaultValue={v("city")} maxLength={L.city} error={err("city")} />
          <SelectField label={t("province")} name="province" value={province} onChange={(e) => setProvince(e.target.value)}>
            <option value="">{t("choose")}</option>
            {props.provinces.map((p) => (
              <option key={p.value} value={p.value}>
                {p.label}
              </option>
            ))}
          </SelectField>
          <TextField label={t("postalCode")} name="postalCode" defaultValue={v("postalCode")} maxLength={L.postalCode} error={err("postalCode")} />
        </fieldset>
      )}
      {locationId !== "other" && err("postalCode") && <p className="text-sm text-brand-700" role="alert">{err("postalCode")}</p>}
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField label={t("date")} name="date" type="date" value={date} onChange={(e) => setDate(e.target.value)} min={props.dates[0]} max={props.dates.at(-1)} hint={t("dateHint")} error={err("date")} />
        <TextField label={t("readyTime")} name="readyTime" type="time" defaultValue={v("readyTime") || "12:00"} min="12:00" max="16:00" hint={t("readyHint")} error={err("readyTime")} />
        <TextField label={t("closingTime")} name="closingTime" type="time" defaultValue={v("closingTime") || "17:00"} hint={t("closingHint")} error={err("closingTime")} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label={t("where")} name="location" defaultValue={v("location") || "FRONT_DESK"}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`locations.${k}`)}
            </option>
          ))}
        </SelectField>
        <TextField label={t("instructions")} name="instructions" maxLength={L.instructions} value={instructions} onChange={(e) => setInstructions(e.target.value)} hint={t("instructionsHint", { left: L.instructions - instructions.length })} error={err("instructions")} />
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField label={t("contactName")} {...contactField("contactName")} maxLength={L.contactName} autoComplete="name" error={err("contactName")} />
        <TextField label={t("contactPhone")} {...contactField("contactPhone")} type="tel" maxLength={L.contactPhone} autoComplete="tel" error={err("contactPhone")} />
        <TextField label={t("contactEmail")} {...contactField("contactEmail")} type="email" maxLength={L.contactEmail} autoComplete="email" error={err("contactEmail")} />
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField label={t("parcels")} name="parcels" inputMode="numeric" maxLength={NUMBER_TEXT_MAX} value={parcels} onChange={(e) => setParcels(e.target.value)} error={err("parcels")} />
        <TextField label={t("totalWeight")} name="totalWeight" inputMode="decimal" maxLength={NUMBER_TEXT_MAX} defaultValue={v("totalWeight")} error={err("totalWeight")} />
        <input type="hidden" name="weightUnit" value="kg" />
        <label className="flex items-center gap-2 self-end pb-2 text-sm">
          <input type="checkbox" name="heavy" defaultChecked={state.status === "error" ? state.values.heavy === "on" : props.values.heavy} className="h-4 w-4" />
          {t("heavy")}
        </label>
      </div>
      <p className="text-sm font-medium" data-testid="pickup-fee">
        {price === null ? t("feeUnknown") : price.totalCents === 0 ? t("feeFree") : t(props.billedByCarrier ? "feeCarrier" : "fee", { amount: formatMoney(price.totalCents, locale) })}
      </p>
      <SubmitButton pendingLabel={t("saving")}>{props.pickupId ? t("save") : t("book")}</SubmitButton>
    </form>
  );
}
