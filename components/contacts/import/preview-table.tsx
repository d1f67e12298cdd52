"use client";

import { useTranslations } from "next-intl";
import type { ImportField, ImportTable } from "@/lib/contacts/import/fields";
import type { ContactValues } from "@/lib/contacts/import/mapping";
import type { CheckedRow } from "@/lib/contacts/import/validate";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { useProblemText } from "@/components/import/row-problems";

/**
 * The first rows as they will be stored: a valid row shows its normalised values ("G1R 4P5", the
 * city filled from the postal code), a row with errors what the file holds, with the field in
 * error marked and its message in the status column.
 */
export function PreviewTable({ rows, fields, format }: { rows: CheckedRow<ContactValues>[]; fields: ImportField[]; format: ImportTable["format"] }) {
  const t = useTranslations("import");
  const text = useProblemText();
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid="import-preview">
        <caption className="mb-2 text-left text-sm font-semibold text-zinc-900">{t("check.previewTitle")}</caption>
        <thead className="text-xs uppercase text-zinc-500">
          <tr>
            <th scope="col" className="py-2 pr-3">{format === "xml" ? t("check.record") : t("check.row")}</th>
            {fields.map((f) => (
              <th key={f} scope="col" className="py-2 pr-3 whitespace-nowrap">
                {t(`fields.${f}`)}
              </th>
            ))}
            <th scope="col" className="py-2">{t("check.status")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100 align-top">
          {rows.map((row) => {
            const problems = row.result.ok ? [] : row.result.problems;
            const shown = row.result.ok ? row.result.value : row.values;
            return (
              <tr key={row.index}>
                <th scope="row" className="py-2 pr-3 font-medium text-zinc-600">{row.rowNumber}</th>
                {fields.map((f) => {
                  const wrong = problems.some((p) => p.field === f);
                  return (
                    <td key={f} className={cn("max-w-48 truncate py-2 pr-3", wrong && "font-medium text-brand-700 underline decoration-wavy")}>
                      {shown[f]}
                    </td>
                  );
                })}
                <td className="py-2">
                  {row.result.ok ? (
                    <Badge tone="emerald">{t("check.ready")}</Badge>
                  ) : (
                    <div className="space-y-1">
                      <Badge tone="brand">{t("check.hasErrors")}</Badge>
                      <ul className="text-xs text-brand-800">
                        {problems.map((p) => (
                          <li key={p.field}>{text(p)}</li>
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
