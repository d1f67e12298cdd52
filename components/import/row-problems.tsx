"use client";
// client messages: validation address.errors import (problem texts name their namespace)

import { useState } from "react";
import { useTranslations } from "next-intl";
import { writeCsv } from "@/lib/csv/write-csv";
import type { ImportTable } from "@/lib/contacts/import/fields";
import { problemText, type Translate } from "@/lib/contacts/import/messages";
import type { CheckedRow, RowProblem } from "@/lib/contacts/import/validate";
import { Button } from "@/components/ui/button";

const SHOWN = 100;

export type InvalidRow = CheckedRow<unknown> & { result: { ok: false; problems: RowProblem[] } };

export function useProblemText() {
  const t = useTranslations() as unknown as Translate;
  return (problem: RowProblem) => problemText(problem, t);
}

/** "Row 12" for a CSV file (a spreadsheet's row), "Record 12" for XML. */
export function useRowLabel(format: ImportTable["format"]) {
  const t = useTranslations("import.check");
  return (row: number) => (format === "xml" ? t("recordNumber", { row }) : t("rowNumber", { row }));
}

/** The rows that cannot be imported, each with its number in the file and every problem in words. */
export function RowProblems({ rows, format, title }: { rows: InvalidRow[]; format: ImportTable["format"]; title: string }) {
  const t = useTranslations("import.check");
  const text = useProblemText();
  const rowLabel = useRowLabel(format);
  const [all, setAll] = useState(false);
  if (rows.length === 0) return null;
  const shown = all ? rows : rows.slice(0, SHOWN);
  return (
    <section aria-labelledby="row-problems-title" className="space-y-2">
      <h3 id="row-problems-title" className="text-sm font-semibold text-zinc-900">
        {title}
      </h3>
      <ul className="max-h-96 divide-y divide-zinc-100 overflow-y-auto rounded-md ring-1 ring-zinc-200" data-testid="row-problems">
        {shown.map((row) => (
          <li key={row.index} className="px-3 py-2 text-sm">
            <span className="font-medium text-zinc-900">{rowLabel(row.rowNumber)}</span>
            <ul className="mt-0.5 list-disc pl-5 text-brand-800">
              {row.result.problems.map((p) => (
                <li key={p.field}>{text(p)}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {!all && rows.length > SHOWN && (
        <Button variant="ghost" onClick={() => setAll(true)}>
          {t("showAll", { count: rows.length })}
        </Button>
      )}
    </section>
  );
}

/**
 * Offers the rows with errors as a CSV file: the file's own columns, then the row number and the
 * errors, so the person can fix them in a spreadsheet and import that file (the two extra columns
 * are not imported).
 */
export function DownloadProblems({ table, rows, fileName }: { table: Pick<ImportTable, "headers" | "rows">; rows: InvalidRow[]; fileName: string }) {
  const t = useTranslations("import.check");
  const text = useProblemText();
  const download = () => {
    const csv = writeCsv(
      [...table.headers, t("row"), t("errorsColumn")],
      rows.map((r) => [...(table.rows[r.index] ?? []), r.rowNumber, r.result.problems.map(text).join(" | ")]),
    );
    const url = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = `${fileName.replace(/\.[^.]+$/, "") || "contacts"}-errors.csv`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1_000);
  };
  if (rows.length === 0) return null;
  return (
    <Button variant="secondary" onClick={download}>
      {t("downloadErrors")}
    </Button>
  );
}
