"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import type { Option } from "@/lib/addresses/locale";
import { gramsToDisplay, mmToDisplay, type UnitSystem } from "@/lib/rating/measures";
import { SelectField, TextField } from "@/components/ui/field";
import { NUMBER_TEXT_MAX, QUOTE_LIMITS } from "@/lib/forms/limits";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";

export interface QuoteTemplate {
  id: string;
  name: string;
  lengthMm: number;
  widthMm: number;
  heightMm: number;
  weightGrams: number;
}

export interface QuoteLocation {
  id: string;
  label: string;
  postalCode: string;
}

interface Props {
  values: Record<string, string>;
  errors: Record<string, string>;
  locations: QuoteLocation[];
  templates: QuoteTemplate[];
  countries: readonly Option[];
  states: readonly Option[];
}

const CHECKBOXES = ["signature", "cardForPickup", "doNotSafeDrop", "leaveAtDoor", "deliverToPostOffice"] as const;

/**
 * The quick-quote form. A plain GET form, so a quote is a link that can be shared, reloaded or
 * bookmarked, and works without JavaScript; the script only fills sizes from a template and
 * relabels units.
 */
export function QuickQuoteForm({ values, errors, locations, templates, countries, states }: Props) {
  const t = useTranslations("rates");
  const [from, setFrom] = useState(values.from ?? "");
  const [country, setCountry] = useState(values.country || "CA");
  const [units, setUnits] = useState<UnitSystem>(values.units === "IMPERIAL" ? "IMPERIAL" : "METRIC");
  const [size, setSize] = useState({ length: values.length ?? "", width: values.width ?? "", height: values.height ?? "", weight: values.weight ?? "" });
  const [template, setTemplate] = useState(values.template ?? "");
  const len = units === "METRIC" ? "cm" : "in";
  const wt = units === "METRIC" ? "kg" : "lb";

  const applyTemplate = (id: string, system: UnitSystem) => {
    const tpl = templates.find((x) => x.id === id);
    if (!tpl) return;
    setSize({
      length: String(mmToDisplay(tpl.lengthMm, system)),
      width: String(mmToDisplay(tpl.widthMm, system)),
      height: String(mmToDisplay(tpl.heightMm, system)),
      weight: String(gramsToDisplay(tpl.weightGrams, system)),
    });
  };

  const sizeField = (name: keyof typeof size, label: string) => (
    <TextField
      label={label}
      name={name}
      id={`quote-${name}`}
      inputMode="decimal"
      maxLength={NUMBER_TEXT_MAX}
      value={size[name]}
      onChange={(e) => setSize((s) => ({ ...s, [name]: e.target.value }))}
      error={errors[name]}
    />
  );

  return (
    <form method="get" className="space-y-6" noValidate aria-label={t("title")}>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="sr-only">{t("from")}</legend>
        {locations.length > 0 && (
          <SelectField label={t("from")} name="from" id="quote-from" value={from} onChange={(e) => setFrom(e.target.value)} error={errors.from}>
            {locations.map((l) => (
              <option key={l.id} value={l.id}>
                {l.label} ({l.postalCode})
              </option>
            ))}
            <option value="">{t("fromOther")}</option>
          </SelectField>
        )}
        {(from === "" || locations.length === 0) && (
          <TextField
            label={t("fromPostalCode")}
            name="fromPostalCode"
            id="quote-fromPostalCode"
            defaultValue={values.fromPostalCode ?? ""}
            maxLength={QUOTE_LIMITS.fromPostalCode}
            autoComplete="postal-code"
            error={errors.fromPostalCode}
            hint={locations.length === 0 ? t("noLocations") : undefined}
          />
        )}
      </fieldset>

      <fieldset className="grid gap-4 sm:grid-cols-3">
        <legend className="sr-only">{t("country")}</legend>
        <SelectField label={t("country")} name="country" id="quote-country" value={country} onChange={(e) => setCountry(e.target.value)} error={errors.country}>
          {countries.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </SelectField>
        {country === "US" && (
          <SelectField label={t("state")} name="state" id="quote-state" defaultValue={values.state ?? ""} error={errors.state}>
            <option value="">{t("chooseState")}</option>
            {states.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </SelectField>
        )}
        <TextField
          label={country === "CA" ? t("postalCode") : t("destinationPostalCodeAbroad")}
          name="postalCode"
          id="quote-postalCode"
          maxLength={QUOTE_LIMITS.postalCode}
          defaultValue={values.postalCode ?? ""}
          error={errors.postalCode}
        />
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-sm font-semibold text-zinc-900">{t("parcel")}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          {templates.length > 0 && (
            <SelectField
              label={t("template")}
              name="template"
              id="quote-template"
              value={template}
              error={errors.template}
              onChange={(e) => {
                setTemplate(e.target.value);
                applyTemplate(e.target.value, units);
              }}
            >
              <option value="">{t("noTemplate")}</option>
              {templates.map((tpl) => (
                <option key={tpl.id} value={tpl.id}>
                  {tpl.name}
                </option>
              ))}
            </SelectField>
          )}
          <div role="radiogroup" aria-label={t("units")} className="flex items-end gap-2">
            {(["METRIC", "IMPERIAL"] as const).map((u) => (
              <label key={u} className={cn("cursor-pointer rounded-md px-3 py-2 text-sm font-medium ring-1 ring-zinc-300", units === u ? "bg-zinc-900 text-white" : "bg-white text-zinc-700")}>
                <input
                  type="radio"
                  name="units"
                  value={u}
                  checked={units === u}
                  className="sr-only"
                  onChange={() => {
                    setUnits(u);
                    if (template) applyTemplate(template, u);
                  }}
                />
                {u === "METRIC" ? t("metric") : t("imperial")}
              </label>
            ))}
          </div>
        </div>
        <div className="grid gap-4 sm:grid-cols-4">
          {sizeField("length", t("length", { unit: len }))}
          {sizeField("width", t("width", { unit: len }))}
          {sizeField("height", t("height", { unit: len }))}
          {sizeField("weight", t("weight", { unit: wt }))}
        </div>
      </fieldset>

      <details className="rounded-md ring-1 ring-zinc-200" open={Boolean(errors.options) || CHECKBOXES.some((c) => values[c]) || Boolean(values.coverage || values.cod || values.proofOfAge)}>
        <summary className="cursor-pointer px-4 py-2 text-sm font-semibold text-zinc-900">{t("options")}</summary>
        <div className="space-y-4 px-4 pb-4">
          {errors.options && (
            <p className="text-sm text-brand-700" role="alert" id="quote-options-error">
              {errors.options}
            </p>
          )}
          <div className="grid gap-2 sm:grid-cols-3">
            {CHECKBOXES.map((name) => (
              <label key={name} className="flex items-center gap-2 text-sm text-zinc-800">
                <input type="checkbox" name={name} defaultChecked={values[name] === "on"} className="size-4 rounded border-zinc-300" />
                {t(name)}
              </label>
            ))}
          </div>
          <div className="grid gap-4 sm:grid-cols-3">
            <TextField label={t("coverage")} name="coverage" id="quote-coverage" inputMode="decimal" maxLength={NUMBER_TEXT_MAX} defaultValue={values.coverage ?? ""} hint={t("coverageHint")} error={errors.coverage} />
            <TextField label={t("cod")} name="cod" id="quote-cod" inputMode="decimal" maxLength={NUMBER_TEXT_MAX} defaultValue={values.cod ?? ""} error={errors.cod} />
            <SelectField label={t("proofOfAge")} name="proofOfAge" id="quote-proofOfAge" defaultValue={values.proofOfAge ?? ""}>
              <option value="">{t("proofOfAgeNone")}</option>
              <option value="18">{t("proofOfAge18")}</option>
              <option value="19">{t("proofOfAge19")}</option>
            </SelectField>
          </div>
        </div>
      </details>

      <div className="flex flex-wrap items-end gap-4">
        <TextField label={t("shipDate")} name="shipDate" id="quote-shipDate" type="date" defaultValue={values.shipDate ?? ""} hint={t("shipDateHint")} error={errors.shipDate} className="w-48" />
        <Button type="submit">{t("submit")}</Button>
      </div>
    </form>
  );
}
