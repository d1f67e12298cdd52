"use client";

import Link from "next/link";
import { useMemo, useRef, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { importContactsAction } from "@/app/b/[business]/contacts/import/actions";
import { IMPORT_FIELDS, type ImportField } from "@/lib/contacts/import/fields";
import { guessMapping, type ColumnMapping, type ContactValues, type RememberedMapping } from "@/lib/contacts/import/mapping";
import type { ParsedFile } from "@/lib/contacts/import/parse-file";
import { previewContact } from "@/lib/contacts/import/preview";
import { importFormValues } from "@/lib/contacts/import/request";
import type { ImportMode } from "@/lib/contacts/import/schemas";
import { checkRows, type CheckedRow } from "@/lib/contacts/import/validate";
import { IDLE, type FormState } from "@/lib/forms/state";
import { ActionError } from "@/components/import/action-error";
import { ImportSubmit } from "@/components/import/import-submit";
import { ImportWizard } from "@/components/import/import-wizard";
import { MappingTable } from "@/components/import/mapping-table";
import { importPayload } from "@/components/import/payload";
import { ProgressBar } from "@/components/import/progress-bar";
import { DownloadProblems, RowProblems, type InvalidRow } from "@/components/import/row-problems";
import { StepHeading } from "@/components/import/step-heading";
import { useImportFile } from "@/components/import/use-import-file";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ImportModeChoice } from "./import-mode-choice";
import { PreviewTable } from "./preview-table";

/** Rows checked between two paints, so the page stays responsive and the bar moves. */
const CHECK_SLICE = 1_000;
const PREVIEW_ROWS = 10;

const nextTick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The import of contacts, in the steps of {@link ImportWizard}: (1) the file is read and parsed
 * in the browser; (2) each column gets a field (guessed, or as remembered from the business's last
 * import) and every row is checked as the contact form would, so the preview shows each bad row
 * and its messages before anything is sent; (3) the rows go to the server in one call, which
 * checks them all again and imports them, and the result is shown with the rows it skipped.
 */
export function ContactImportWizard({ slug, remembered }: { slug: string; remembered: RememberedMapping }) {
  const t = useTranslations("import");
  const errors = useTranslations("errors");
  const [mapping, setMapping] = useState<ColumnMapping>([]);
  const [checked, setChecked] = useState<CheckedRow<ContactValues>[] | null>(null);
  const [checking, setChecking] = useState<{ done: number; total: number } | null>(null);
  const [mode, setMode] = useState<ImportMode>("valid");
  const [result, setResult] = useState<FormState>(IDLE);
  const [finished, setFinished] = useState(false);
  const [pending, startTransition] = useTransition();
  const checkRun = useRef(0);

  const upload = useImportFile({
    texts: "import",
    onLoaded: ({ table }) => {
      const guessed = guessMapping(table.headers, remembered);
      setResult(IDLE);
      setChecked(null);
      setMapping(guessed);
      setMode("valid");
      void check(table, guessed);
    },
    onRestart: () => {
      checkRun.current++;
      setChecked(null);
      setChecking(null);
      setResult(IDLE);
      setFinished(false);
    },
  });

  const { valid, invalid } = useMemo(() => {
    const rows = checked ?? [];
    return { valid: rows.filter((r) => r.result.ok), invalid: rows.filter((r): r is CheckedRow<ContactValues> & InvalidRow => !r.result.ok) };
  }, [checked]);

  /** Checks every row in slices, showing how far it got; a newer check (another mapping) replaces it. */
  async function check(table: ParsedFile, columns: ColumnMapping) {
    const run = ++checkRun.current;
    const total = table.rows.length;
    setChecking({ done: 0, total });
    const out: CheckedRow<ContactValues>[] = [];
    for (let from = 0; from < total; from += CHECK_SLICE) {
      await nextTick();
      if (checkRun.current !== run) return;
      out.push(...checkRows(table, columns, previewContact, from, from + CHECK_SLICE));
      setChecking({ done: Math.min(total, from + CHECK_SLICE), total });
    }
    setChecked(out);
    setChecking(null);
  }

  function changeMapping(next: ColumnMapping) {
    setMapping(next);
    setResult(IDLE);
    if (upload.file) void check(upload.file.table, next);
  }

  function submit() {
    const { file } = upload;
    if (!file) return;
    const data = importPayload(importFormValues(file.table, mapping, mode, file.name));
    if (!data) {
      setResult({ status: "error", error: t("fileErrors.tooLargeToSend"), fieldErrors: {}, values: {} });
      return;
    }
    setResult(IDLE);
    startTransition(async () => {
      let state: FormState;
      try {
        state = await importContactsAction(slug, IDLE, data);
      } catch {
        state = { status: "error", error: errors("generic"), fieldErrors: {}, values: {} };
      }
      setResult(state);
      if (state.status === "ok") setFinished(true);
    });
  }

  const mappedFields: ImportField[] = IMPORT_FIELDS.filter((f) => f === "country" || mapping.includes(f));
  const blocked = mode === "all" && invalid.length > 0;
  const importable = blocked ? 0 : valid.length;

  return (
    <ImportWizard
      upload={upload}
      idPrefix="import"
      steps={["file", "map", "done"]}
      busy={pending}
      mappingNote={Object.keys(remembered).length > 0 && <p className="text-sm text-zinc-600">{t("map.remembered")}</p>}
      nothingMapped={mapping.every((m) => !m)}
      mapping={(file) => <MappingTable headers={file.table.headers} rows={file.table.rows} mapping={mapping} onChange={changeMapping} fields={IMPORT_FIELDS} fieldLabel={(f) => t(`fields.${f}`)} />}
      check={(file) => (
        <div className="space-y-5" aria-busy={checking ? true : undefined}>
          {checking || !checked ? (
            <ProgressBar
              label={t("check.checking")}
              value={checking?.done ?? 0}
              max={checking?.total ?? file.table.rows.length}
              detail={t("check.checkedSoFar", { done: checking?.done ?? 0, total: checking?.total ?? file.table.rows.length })}
            />
          ) : (
            <>
              <p role="status" className="text-sm font-medium text-zinc-900" data-testid="import-summary">
                {t("check.summary", { valid: valid.length, invalid: invalid.length })}
              </p>
              <PreviewTable rows={checked.slice(0, PREVIEW_ROWS)} fields={mappedFields} format={file.table.format} />
              <RowProblems rows={invalid} format={file.table.format} title={t("check.errorsTitle")} />
              <DownloadProblems table={file.table} rows={invalid} fileName={file.name} />
              <ImportModeChoice
                mode={mode}
                invalid={invalid.length}
                onChange={(m) => {
                  setMode(m);
                  setResult(IDLE);
                }}
              />
              {blocked && <Alert tone="warning">{t("check.allBlocked", { invalid: invalid.length })}</Alert>}
              <p className="text-xs text-zinc-500">{t("check.duplicates")}</p>
              <ActionError state={result} />
              <ImportSubmit
                pending={pending}
                progress={t("check.importing", { count: importable })}
                label={t("check.submit", { count: importable })}
                disabled={importable === 0}
                testId="import-submit"
                onSubmit={submit}
              />
            </>
          )}
        </div>
      )}
      done={
        finished &&
        upload.file && (
          <Card>
            <div className="space-y-4">
              <StepHeading>{t("done.title")}</StepHeading>
              {result.status === "ok" && result.message && (
                <Alert tone="success">
                  <span data-testid="import-result">{result.message}</span>
                </Alert>
              )}
              {mode === "valid" && (
                <>
                  <RowProblems rows={invalid} format={upload.file.table.format} title={t("done.skippedTitle")} />
                  <DownloadProblems table={upload.file.table} rows={invalid} fileName={upload.file.name} />
                </>
              )}
              <div className="flex flex-wrap gap-2">
                <Link href={`/b/${slug}/contacts`} className={buttonClass("primary")}>
                  {t("done.open")}
                </Link>
                <Button variant="secondary" onClick={upload.restart}>
                  {t("done.another")}
                </Button>
              </div>
            </div>
          </Card>
        )
      }
    />
  );
}
