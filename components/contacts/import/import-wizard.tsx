"use client";

import Link from "next/link";
import { useEffect, useMemo, useRef, useState, useTransition } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { importContactsAction } from "@/app/b/[business]/contacts/import/actions";
import { IMPORT_FIELDS, IMPORT_LIMITS, ImportFileError, type ImportField } from "@/lib/contacts/import/fields";
import { guessMapping, type ColumnMapping, type ContactValues, type RememberedMapping } from "@/lib/contacts/import/mapping";
import { IMPORT_FILE_ACCEPT, parseImportFile, type ParsedFile } from "@/lib/contacts/import/parse-file";
import { previewContact } from "@/lib/contacts/import/preview";
import { importFormValues } from "@/lib/contacts/import/request";
import { IMPORT_PAYLOAD_BYTES, type ImportMode } from "@/lib/contacts/import/schemas";
import { checkRows, type CheckedRow } from "@/lib/contacts/import/validate";
import { IDLE, type FormState } from "@/lib/forms/state";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { controlClass } from "@/components/ui/field";
import { MappingTable } from "./mapping-table";
import { PreviewTable } from "./preview-table";
import { ProgressBar } from "./progress-bar";
import { readBytes } from "./read-bytes";
import { DownloadProblems, RowProblems, type InvalidRow } from "./row-problems";

type Phase = "choose" | "reading" | "map" | "done";

/** Rows checked between two paints, so the page stays responsive and the bar moves. */
const CHECK_SLICE = 1_000;
const PREVIEW_ROWS = 10;

const nextTick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The import, in three steps kept in this component: (1) the file is read and parsed in the
 * browser, with a progress bar; (2) each column gets a field (guessed, or as remembered from the
 * business's last import) and every row is checked as the contact form would, so the preview
 * shows each bad row and its messages before anything is sent; (3) the rows go to the server in
 * one call, which checks them all again and imports them, and the result is shown with the rows
 * it skipped.
 */
export function ImportWizard({ slug, remembered }: { slug: string; remembered: RememberedMapping }) {
  const t = useTranslations("import");
  const errors = useTranslations("errors");
  const format = useFormatter();
  const [phase, setPhase] = useState<Phase>("choose");
  const [file, setFile] = useState<{ name: string; table: ParsedFile } | null>(null);
  const [reading, setReading] = useState<{ stage: "read" | "parse"; value: number; max: number; rows: number } | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>([]);
  const [checked, setChecked] = useState<CheckedRow<ContactValues>[] | null>(null);
  const [checking, setChecking] = useState<{ done: number; total: number } | null>(null);
  const [mode, setMode] = useState<ImportMode>("valid");
  const [result, setResult] = useState<FormState>(IDLE);
  const [pending, startTransition] = useTransition();
  const checkRun = useRef(0);
  const input = useRef<HTMLInputElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const previousPhase = useRef<Phase>(phase);

  // Moving to another step moves the focus to its heading, so a screen reader announces it.
  useEffect(() => {
    if (previousPhase.current !== phase && (phase === "map" || phase === "done")) heading.current?.focus();
    previousPhase.current = phase;
  }, [phase]);

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

  async function choose(chosen: File) {
    setFileError(null);
    setResult(IDLE);
    setChecked(null);
    if (chosen.size > IMPORT_LIMITS.fileBytes) {
      setFileError(t("fileErrors.fileTooLarge", { max: IMPORT_LIMITS.fileBytes / (1024 * 1024) }));
      return;
    }
    setPhase("reading");
    setReading({ stage: "read", value: 0, max: chosen.size, rows: 0 });
    try {
      const bytes = await readBytes(chosen, (loaded) => setReading({ stage: "read", value: loaded, max: chosen.size, rows: 0 }));
      const table = await parseImportFile({ name: chosen.name, bytes }, { onProgress: (p) => setReading({ stage: "parse", value: p.fraction, max: 1, rows: p.rows }) });
      const guessed = guessMapping(table.headers, remembered);
      setFile({ name: chosen.name, table });
      setMapping(guessed);
      setMode("valid");
      setPhase("map");
      void check(table, guessed);
    } catch (e) {
      setPhase("choose");
      setFileError(e instanceof ImportFileError ? t(`fileErrors.${e.code}`, e.values) : t("fileErrors.unreadable"));
      if (input.current) input.current.value = "";
    } finally {
      setReading(null);
    }
  }

  function changeMapping(next: ColumnMapping) {
    setMapping(next);
    setResult(IDLE);
    if (file) void check(file.table, next);
  }

  function restart() {
    checkRun.current++;
    setPhase("choose");
    setFile(null);
    setChecked(null);
    setChecking(null);
    setResult(IDLE);
    setFileError(null);
    if (input.current) input.current.value = "";
  }

  function submit() {
    if (!file) return;
    const values = importFormValues(file.table, mapping, mode, file.name);
    if (new Blob(Object.values(values)).size > IMPORT_PAYLOAD_BYTES) {
      setResult({ status: "error", error: t("fileErrors.tooLargeToSend"), fieldErrors: {}, values: {} });
      return;
    }
    const data = new FormData();
    for (const [k, v] of Object.entries(values)) data.set(k, v);
    setResult(IDLE);
    startTransition(async () => {
      let state: FormState;
      try {
        state = await importContactsAction(slug, IDLE, data);
      } catch {
        state = { status: "error", error: errors("generic"), fieldErrors: {}, values: {} };
      }
      setResult(state);
      if (state.status === "ok") setPhase("done");
    });
  }

  const step = phase === "done" ? 2 : phase === "map" ? 1 : 0;
  const mappedFields: ImportField[] = IMPORT_FIELDS.filter((f) => f === "country" || mapping.includes(f));
  const nothingMapped = mapping.every((m) => !m);
  const blocked = mode === "all" && invalid.length > 0;
  const importable = blocked ? 0 : valid.length;
  const errorDetails = result.status === "error" ? Object.values(result.fieldErrors).filter((m) => m !== result.error) : [];

  return (
    <div className="space-y-6">
      <ol aria-label={t("steps.label")} className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
        {(["file", "map", "done"] as const).map((name, i) => (
          <li key={name} aria-current={i === step ? "step" : undefined} className={cn("flex items-center gap-2", i === step ? "font-semibold text-zinc-900" : "text-zinc-500")}>
            <span aria-hidden="true" className={cn("flex size-6 items-center justify-center rounded-full text-xs", i === step ? "bg-brand-700 text-white" : i < step ? "bg-emerald-100 text-emerald-800" : "bg-zinc-100")}>
              {i < step ? "✓" : i + 1}
            </span>
            {t(`steps.${name}`)}
          </li>
        ))}
      </ol>

      {(phase === "choose" || phase === "reading") && (
        <Card title={t("file.title")}>
          <div className="space-y-4">
            <div className="space-y-1.5">
              <label htmlFor="import-file" className="block text-sm font-medium text-zinc-800">
                {t("file.label")}
              </label>
              <input
                ref={input}
                id="import-file"
                type="file"
                accept={IMPORT_FILE_ACCEPT}
                disabled={phase === "reading"}
                aria-describedby={fileError ? "import-file-error" : "import-file-hint"}
                aria-invalid={fileError ? true : undefined}
                onChange={(e) => {
                  const chosen = e.target.files?.[0];
                  if (chosen) void choose(chosen);
                }}
                className={cn(controlClass, "file:mr-3 file:rounded file:border-0 file:bg-zinc-100 file:px-3 file:py-1 file:text-sm file:font-medium")}
              />
              {fileError ? (
                <p id="import-file-error" role="alert" className="text-sm text-brand-700">
                  {fileError}
                </p>
              ) : (
                <p id="import-file-hint" className="text-xs text-zinc-500">
                  {t("file.hint")}
                </p>
              )}
            </div>
            {reading && (
              <ProgressBar
                label={reading.stage === "read" ? t("file.readProgress") : t("file.parseProgress")}
                value={reading.value}
                max={reading.max}
                detail={reading.stage === "parse" ? t("file.rowsSoFar", { rows: reading.rows }) : format.number(reading.value / Math.max(1, reading.max), { style: "percent" })}
              />
            )}
          </div>
        </Card>
      )}

      {phase === "map" && file && (
        <>
          <Card>
            <div className="flex flex-wrap items-center justify-between gap-3">
              <p className="text-sm text-zinc-700" data-testid="import-file-summary">
                {t("file.loaded", { name: file.name, rows: file.table.rows.length, columns: file.table.headers.length })}
              </p>
              <Button variant="secondary" onClick={restart} disabled={pending}>
                {t("file.another")}
              </Button>
            </div>
          </Card>

          <Card>
            <div className="space-y-4">
              <div className="space-y-1">
                <h2 ref={heading} tabIndex={-1} className="text-base font-semibold text-zinc-900 outline-none">
                  {t("map.title")}
                </h2>
                <p className="text-sm text-zinc-600">{t("map.description")}</p>
                {Object.keys(remembered).length > 0 && <p className="text-sm text-zinc-600">{t("map.remembered")}</p>}
              </div>
              <MappingTable headers={file.table.headers} rows={file.table.rows} mapping={mapping} onChange={changeMapping} />
              <p className="text-xs text-zinc-500">{t("map.countryHint")}</p>
              {nothingMapped && <Alert tone="warning">{t("map.noneMapped")}</Alert>}
            </div>
          </Card>

          <Card title={t("check.title")}>
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

                  <fieldset className="space-y-3">
                    <legend className="text-sm font-semibold text-zinc-900">{t("check.modeLegend")}</legend>
                    {(["valid", "all"] as const).map((m) => (
                      <div key={m} className="flex items-start gap-3">
                        <input
                          id={`import-mode-${m}`}
                          type="radio"
                          name="mode"
                          value={m}
                          checked={mode === m}
                          onChange={() => {
                            setMode(m);
                            setResult(IDLE);
                          }}
                          aria-describedby={`import-mode-${m}-hint`}
                          className="mt-1 size-4 accent-brand-700"
                        />
                        <div>
                          <label htmlFor={`import-mode-${m}`} className="text-sm font-medium text-zinc-800">
                            {m === "valid" ? t("check.modeValid") : t("check.modeAll")}
                          </label>
                          <p id={`import-mode-${m}-hint`} className="text-xs text-zinc-600">
                            {m === "valid" ? t("check.modeValidHint", { invalid: invalid.length }) : t("check.modeAllHint")}
                          </p>
                        </div>
                      </div>
                    ))}
                  </fieldset>
                  {blocked && <Alert tone="warning">{t("check.allBlocked", { invalid: invalid.length })}</Alert>}
                  <p className="text-xs text-zinc-500">{t("check.duplicates")}</p>

                  {result.status === "error" && (
                    <Alert tone="error">
                      <p>{result.error}</p>
                      {errorDetails.map((m) => (
                        <p key={m} className="mt-1">
                          {m}
                        </p>
                      ))}
                    </Alert>
                  )}
                  {pending ? (
                    <ProgressBar label={t("check.importing", { count: importable })} />
                  ) : (
                    <Button onClick={submit} disabled={importable === 0} data-testid="import-submit">
                      {t("check.submit", { count: importable })}
                    </Button>
                  )}
                </>
              )}
            </div>
          </Card>
        </>
      )}

      {phase === "done" && file && (
        <Card>
          <div className="space-y-4">
            <h2 ref={heading} tabIndex={-1} className="text-base font-semibold text-zinc-900 outline-none">
              {t("done.title")}
            </h2>
            {result.status === "ok" && result.message && (
              <Alert tone="success">
                <span data-testid="import-result">{result.message}</span>
              </Alert>
            )}
            {mode === "valid" && (
              <>
                <RowProblems rows={invalid} format={file.table.format} title={t("done.skippedTitle")} />
                <DownloadProblems table={file.table} rows={invalid} fileName={file.name} />
              </>
            )}
            <div className="flex flex-wrap gap-2">
              <Link href={`/b/${slug}/contacts`} className={buttonClass("primary")}>
                {t("done.open")}
              </Link>
              <Button variant="secondary" onClick={restart}>
                {t("done.another")}
              </Button>
            </div>
          </div>
        </Card>
      )}
    </div>
  );
}
