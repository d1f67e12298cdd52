"use client";
// client messages: orders validation address.errors shipments.errors rating.problems (problem keys name their namespace)

import { useLocale, useTranslations } from "next-intl";
import { countryName } from "@/lib/addresses";
import type { AddressLocale } from "@/lib/addresses/locale";
import type { ImportTable } from "@/lib/contacts/import/fields";
import type { Translate } from "@/lib/contacts/import/messages";
import { isOrderField } from "@/lib/batches/import/fields";
import { FIELD_NAMING_CODES } from "@/lib/forms/issues";
import type { PlannedOrder, SkippedRow } from "@/lib/batches/import/plan";
import { gramsToDisplay, mmToDisplay, type UnitSystem } from "@/lib/rating/measures";
import type { DraftProblem } from "@/lib/shipments/validate-draft";
import { Badge } from "@/components/ui/badge";
import { useRowLabel } from "@/components/import/row-problems";

/** An order's problems: what the file could not give (notes), then the batch sheet's own checks, one per field. */
export type PreviewOrder = PlannedOrder & { problems: DraftProblem[] };

/** A problem in words, with the field it belongs to when that is a column of the file ("Weight: Enter a number."). */
export function useDraftProblemText() {
  const t = useTranslations() as unknown as Translate;
  return (p: DraftProblem) => {
    const field = isOrderField(p.field) ? t(`orders.fields.${p.field}`) : null;
    const message = t.has && !t.has(p.key) ? t("validation.invalid") : t(p.key, { ...(field ? { field } : {}), ...p.values });
    // "Weight: at least 0.001 kg" names its field already.
    const named = p.key.startsWith("validation.") && FIELD_NAMING_CODES.has(p.key.slice("validation.".length));
    return field && !named ? t("orders.check.problem", { field, message }) : message;
  };
}

/** The first orders as the rows they will be: recipient, destination, parcel (in the units chosen), reference and what is left to fix. */
export function OrderPreview({ orders, units, format }: { orders: PreviewOrder[]; units: UnitSystem; format: ImportTable["format"] }) {
  const t = useTranslations("orders.check");
  const locale = useLocale() as AddressLocale;
  const text = useDraftProblemText();
  const len = units === "METRIC" ? "cm" : "in";
  const wt = units === "METRIC" ? "kg" : "lb";
  const parcel = (o: PreviewOrder) => {
    const d = o.draft;
    const sizes = [d.lengthMm, d.widthMm, d.heightMm];
    const size = sizes.every((s) => s === null) ? t("noSize") : `${sizes.map((s) => (s === null ? "?" : mmToDisplay(s, units))).join(" × ")} ${len}`;
    return `${size}, ${d.weightGrams === null ? t("noWeight") : `${gramsToDisplay(d.weightGrams, units)} ${wt}`}`;
  };
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid="orders-preview">
        <caption className="mb-2 text-left text-sm font-semibold text-zinc-900">{t("previewTitle")}</caption>
        <thead className="text-xs uppercase text-zinc-500">
          <tr>
            <th scope="col" className="py-2 pr-3">{format === "xml" ? t("record") : t("row")}</th>
            <th scope="col" className="py-2 pr-3">{t("recipient")}</th>
            <th scope="col" className="py-2 pr-3">{t("destination")}</th>
            <th scope="col" className="py-2 pr-3">{t("parcel")}</th>
            <th scope="col" className="py-2 pr-3">{t("reference")}</th>
            <th scope="col" className="py-2">{t("status")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100 align-top">
          {orders.map((o) => {
            const r = o.draft.recipient;
            return (
              <tr key={o.index} data-testid="orders-preview-row">
                <th scope="row" className="py-2 pr-3 font-medium text-zinc-600">{o.rowNumber}</th>
                <td className="max-w-48 py-2 pr-3">
                  <span className="block truncate">{r.name}</span>
                  {r.company && <span className="block truncate text-xs text-zinc-500">{r.company}</span>}
                </td>
                <td className="max-w-56 py-2 pr-3">
                  <span className="block truncate">{[r.city, r.province, r.postalCode].filter(Boolean).join(" ")}</span>
                  <span className="block truncate text-xs text-zinc-500">{countryName(r.country, locale) ?? r.country}</span>
                </td>
                <td className="py-2 pr-3 whitespace-nowrap tabular-nums">{parcel(o)}</td>
                <td className="max-w-40 truncate py-2 pr-3">{o.draft.reference1}</td>
                <td className="py-2">
                  {o.problems.length === 0 ? (
                    <Badge tone="emerald">{t("complete")}</Badge>
                  ) : (
                    <div className="space-y-1">
                      <Badge tone="amber">{t("toFix", { count: o.problems.length })}</Badge>
                      <ul className="text-xs text-zinc-700">
                        {o.problems.map((p) => (
                          <li key={`${p.field}-${p.key}`}>{text(p)}</li>
                        ))}
                      </ul>
                    </div>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The rows that do not become shipments, each with why. */
export function SkippedRows({ rows, format }: { rows: SkippedRow[]; format: ImportTable["format"] }) {
  const t = useTranslations("orders.check");
  const rowLabel = useRowLabel(format);
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="orders-skipped-title" className="space-y-2">
      <h3 id="orders-skipped-title" className="text-sm font-semibold text-zinc-900">
        {t("skippedTitle")}
      </h3>
      <ul className="max-h-64 divide-y divide-zinc-100 overflow-y-auto rounded-md text-sm ring-1 ring-zinc-200" data-testid="orders-skipped">
        {rows.map((s) => (
          <li key={s.index} className="px-3 py-2">
            {t("skipped", { row: rowLabel(s.rowNumber), reason: t(`reasons.${s.reason}`) })}
          </li>
        ))}
      </ul>
    </section>
  );
}
