"use client";

import { useTranslations } from "next-intl";
import { controlClass } from "@/components/ui/field";
import { cn } from "@/components/ui/cn";

/** Up to three different values of a column, to recognise what it holds. */
export function sampleValues(rows: string[][], column: number, count = 3): string[] {
  const seen = new Set<string>();
  for (const row of rows) {
    const value = (row[column] ?? "").trim();
    if (value) seen.add(value.length > 40 ? `${value.slice(0, 39)}…` : value);
    if (seen.size >= count) break;
  }
  return [...seen];
}

/**
 * One line per column of the file: its name, a few values, and the field it fills (or none), among
 * the fields of what is imported (contacts, orders), each shown by its name.
 */
export function MappingTable<F extends string>({
  headers,
  rows,
  mapping,
  onChange,
  fields,
  fieldLabel: label,
}: {
  headers: string[];
  rows: string[][];
  mapping: (F | null)[];
  onChange: (mapping: (F | null)[]) => void;
  fields: readonly F[];
  fieldLabel: (field: F) => string;
}) {
  const t = useTranslations("import");
  const columnName = (i: number) => headers[i] || t("map.unnamed", { number: i + 1 });
  const isField = (value: string): value is F => (fields as readonly string[]).includes(value);
  const joined = fields.filter((f) => mapping.filter((m) => m === f).length > 1);
  return (
    <div className="space-y-3">
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("map.title")}</caption>
          <thead className="text-xs uppercase text-zinc-500">
            <tr>
              <th scope="col" className="py-2 pr-3">{t("map.column")}</th>
              <th scope="col" className="py-2 pr-3">{t("map.examples")}</th>
              <th scope="col" className="py-2">{t("map.field")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-100">
            {headers.map((_, i) => {
              const field = mapping[i] ?? null;
              return (
                <tr key={i} data-testid="mapping-row">
                  <th scope="row" className={cn("py-2 pr-3 font-medium", !headers[i] && "italic text-zinc-500")}>{columnName(i)}</th>
                  <td className="py-2 pr-3 text-zinc-600">
                    <span className="line-clamp-2">{sampleValues(rows, i).join(" · ")}</span>
                  </td>
                  <td className="w-64 py-2">
                    <select
                      aria-label={t("map.fieldFor", { column: columnName(i) })}
                      value={field ?? ""}
                      onChange={(e) => {
                        const value = e.target.value;
                        onChange(mapping.map((m, j) => (j === i ? (isField(value) ? value : null) : m)));
                      }}
                      className={cn(controlClass, "pr-8", !field && "text-zinc-500")}
                    >
                      <option value="">{t("map.ignore")}</option>
                      {fields.map((f) => (
                        <option key={f} value={f}>
                          {label(f)}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {joined.map((f) => (
        <p key={f} className="text-xs text-zinc-600">
          {t("map.joined", { field: label(f) })}
        </p>
      ))}
    </div>
  );
}
