"use client";

import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { Option } from "@/lib/addresses/locale";
import { parseDecimal } from "@/lib/forms/decimal";
import { CUSTOMS_ITEM_LIMITS as L, DRAFT_LIMITS, NUMBER_TEXT_MAX } from "@/lib/forms/limits";
import type { AppLocale } from "@/lib/i18n/locales";
import type { CustomsItem } from "@/lib/labels/types";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";

const REASONS = ["SALE_OF_GOODS", "DOCUMENT", "COMMERCIAL_SAMPLE", "REPAIR_OR_WARRANTY", "OTHER"] as const;

function items(value: string): CustomsItem[] {
  try {
    const list = JSON.parse(value) as unknown;
    return Array.isArray(list) ? (list as CustomsItem[]) : [];
  } catch {
    return [];
  }
}

const EMPTY: CustomsItem = { description: "", quantity: 1, unitValueCents: 0, unitWeightGrams: 0, hsCode: null, originCountry: "CA", sku: null };

/** A value or weight typed in dollars or kg, in the user's language, as whole cents or grams; null when it is not a number. */
function scaled(text: string, locale: AppLocale, factor: number): number | null {
  const typed = parseDecimal(text, locale);
  return typed.ok ? Math.round((typed.value ?? 0) * factor) : null;
}

/** The customs declaration of a USA or international shipment: currency, reason, invoice, items. */
export function CustomsEditor({ rowId, fields, countries, onChange, problems }: { rowId: string; fields: Record<string, string>; countries: readonly Option[]; onChange: (patch: Record<string, string>) => void; problems: Record<string, string> }) {
  const t = useTranslations("batches");
  const tv = useTranslations("validation");
  const locale = useLocale() as AppLocale;
  // Cells whose text is not a number: the item keeps its last value, and the cell says so.
  const [unread, setUnread] = useState<Record<string, boolean>>({});
  const list = items(fields.customsItems ?? "[]");
  const set = (next: CustomsItem[]) => onChange({ customsItems: JSON.stringify(next) });
  const edit = (i: number, patch: Partial<CustomsItem>) => set(list.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  const cell = (i: number, f: keyof CustomsItem) => (unread[`${i}.${f}`] ? tv("notANumber") : problems[`customsItems.${i}.${f}`]);
  const readNumber = (i: number, f: "unitValueCents" | "unitWeightGrams", text: string, factor: number) => {
    const value = scaled(text, locale, factor);
    setUnread((u) => ({ ...u, [`${i}.${f}`]: value === null }));
    if (value !== null) edit(i, { [f]: value });
  };
  return (
    <fieldset className="space-y-3">
      <legend className="mb-1 text-sm font-semibold">{t("customs")}</legend>
      <div className="grid gap-4 sm:grid-cols-4">
        <SelectField label={t("currency")} id={`${rowId}-customsCurrency`} value={fields.customsCurrency || "CAD"} onChange={(e) => onChange({ customsCurrency: e.target.value })}>
          <option value="CAD">CAD</option>
          <option value="USD">USD</option>
        </SelectField>
        <SelectField label={t("reason")} id={`${rowId}-customsReason`} value={fields.customsReason || "SALE_OF_GOODS"} onChange={(e) => onChange({ customsReason: e.target.value })}>
          {REASONS.map((r) => (
            <option key={r} value={r}>
              {t(`reasons.${r}`)}
            </option>
          ))}
        </SelectField>
        {fields.customsReason === "OTHER" && (
          <TextField label={t("otherReason")} id={`${rowId}-customsOtherReason`} value={fields.customsOtherReason ?? ""} onChange={(e) => onChange({ customsOtherReason: e.target.value })} error={problems.customsOtherReason} maxLength={DRAFT_LIMITS.customsOtherReason} />
        )}
        <TextField label={t("invoiceNumber")} id={`${rowId}-customsInvoiceNumber`} value={fields.customsInvoiceNumber ?? ""} onChange={(e) => onChange({ customsInvoiceNumber: e.target.value })} error={problems.customsInvoiceNumber} maxLength={DRAFT_LIMITS.customsInvoiceNumber} />
      </div>
      {list.map((item, i) => (
        <div key={i} className="grid gap-3 rounded-md bg-zinc-50 p-3 sm:grid-cols-7" role="group" aria-label={t("customsItem", { n: i + 1 })}>
          <TextField className="sm:col-span-2" label={t("itemDescription")} id={`${rowId}-item-${i}-description`} value={item.description} onChange={(e) => edit(i, { description: e.target.value })} error={cell(i, "description")} maxLength={L.description} />
          <TextField label={t("itemQuantity")} id={`${rowId}-item-${i}-quantity`} inputMode="numeric" maxLength={String(L.quantity).length} value={String(item.quantity)} onChange={(e) => edit(i, { quantity: /^\d+$/.test(e.target.value) ? Number(e.target.value) : 0 })} error={cell(i, "quantity")} />
          <TextField label={t("itemValue")} id={`${rowId}-item-${i}-value`} inputMode="decimal" maxLength={NUMBER_TEXT_MAX} defaultValue={item.unitValueCents ? String(item.unitValueCents / 100) : ""} onBlur={(e) => readNumber(i, "unitValueCents", e.target.value, 100)} error={cell(i, "unitValueCents")} />
          <TextField label={t("itemWeight")} id={`${rowId}-item-${i}-weight`} inputMode="decimal" maxLength={NUMBER_TEXT_MAX} defaultValue={item.unitWeightGrams ? String(item.unitWeightGrams / 1000) : ""} onBlur={(e) => readNumber(i, "unitWeightGrams", e.target.value, 1000)} error={cell(i, "unitWeightGrams")} />
          <TextField label={t("itemHsCode")} id={`${rowId}-item-${i}-hs`} value={item.hsCode ?? ""} onChange={(e) => edit(i, { hsCode: e.target.value || null })} error={cell(i, "hsCode")} maxLength={L.hsCodeTyped} />
          <SelectField label={t("itemOrigin")} id={`${rowId}-item-${i}-origin`} value={item.originCountry} onChange={(e) => edit(i, { originCountry: e.target.value })} error={cell(i, "originCountry")}>
            {countries.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </SelectField>
          <TextField label={t("itemSku")} id={`${rowId}-item-${i}-sku`} value={item.sku ?? ""} onChange={(e) => edit(i, { sku: e.target.value || null })} error={cell(i, "sku")} maxLength={L.sku} />
          <Button variant="ghost" onClick={() => set(list.filter((_, j) => j !== i))}>
            {t("removeItem")}
          </Button>
        </div>
      ))}
      <Button variant="secondary" onClick={() => set([...list, EMPTY])}>
        {t("addItem")}
      </Button>
      {problems.customsItems && <p className="text-sm text-brand-700">{problems.customsItems}</p>}
    </fieldset>
  );
}
