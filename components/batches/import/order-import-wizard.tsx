"use client";

import { startTransition, useActionState, useEffect, useMemo, useRef, useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { importOrdersAction } from "@/app/b/[business]/batches/import/actions";
import { ORDER_FIELDS, ORDER_LIMITS, type OrderField } from "@/lib/batches/import/fields";
import { guessOrderMapping, type OrderMapping } from "@/lib/batches/import/mapping";
import { batchesOf, planOrders } from "@/lib/batches/import/plan";
import { orderFormValues } from "@/lib/batches/import/request";
import { IMPORT_LIMITS, ImportFileError } from "@/lib/contacts/import/fields";
import { IMPORT_FILE_ACCEPT, parseImportFile, type ParsedFile } from "@/lib/contacts/import/parse-file";
import { IMPORT_PAYLOAD_BYTES } from "@/lib/contacts/import/schemas";
import { IDLE } from "@/lib/forms/state";
import type { UnitSystem } from "@/lib/rating/measures";
import type { Defaults } from "@/lib/settings/settings";
import { draftProblems } from "@/lib/shipments/validate-draft";
import { MappingTable } from "@/components/contacts/import/mapping-table";
import { ProgressBar } from "@/components/contacts/import/progress-bar";
import { readBytes } from "@/components/contacts/import/read-bytes";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { controlClass } from "@/components/ui/field";
import { OrderPreview, SkippedRows, type PreviewOrder } from "./order-preview";
import { UnitsChoice } from "./units-choice";

type Phase = "choose" | "reading" | "map";

const PREVIEW_ROWS = 10;

/**
 * The import of a file of orders, in the browser until the last click: (1) the file is read and
 * parsed with a progress bar (the address book import's reader); (2) each column gets an order
 * field (guessed from English, French and shop headers) and the units of its sizes are chosen;
 * (3) every row is planned exactly as the server will (the same pure functions): the preview
 * shows the first rows as drafts with what the batch sheet will ask to fix, the skipped rows, and
 * how many batches of 50 it makes. Creating sends the mapped cells once; the server plans them
 * again, creates the batches and opens the first (or the list when there are several).
 */
export function OrderImportWizard({ slug, defaults }: { slug: string; defaults: Defaults }) {
  const t = useTranslations("orders");
  const format = useFormatter();
  const [phase, setPhase] = useState<Phase>("choose");
  const [file, setFile] = useState<{ name: string; table: ParsedFile } | null>(null);
  const [reading, setReading] = useState<{ stage: "read" | "parse"; value: number; max: number; rows: number } | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [mapping, setMapping] = useState<OrderMapping>([]);
  const [units, setUnits] = useState<UnitSystem>(defaults.units);
  const [tooLarge, setTooLarge] = useState(false);
  const [state, dispatch, pending] = useActionState(importOrdersAction.bind(null, slug), IDLE);
  const input = useRef<HTMLInputElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  // Moving to the mapping step moves the focus to its heading, so a screen reader announces it.
  useEffect(() => {
    if (phase === "map") heading.current?.focus();
  }, [phase]);

  // The same plan the server makes (lib/batches/import/plan.ts), and the sheet's checks of each draft.
  const plan = useMemo(() => {
    if (!file) return null;
    const { orders, skipped } = planOrders(file.table, mapping, defaults, units);
    const checked: PreviewOrder[] = orders.map((o) => {
      const noted = new Set(o.notes.map((n) => n.field));
      return { ...o, problems: [...o.notes, ...draftProblems(o.draft, { hasLocation: o.draft.locationId !== null }).filter((p) => !noted.has(p.field))] };
    });
    return { orders: checked, skipped, batches: batchesOf(checked).map((b) => b.length), toFix: checked.filter((o) => o.problems.length > 0).length };
  }, [file, mapping, units, defaults]);

  async function choose(chosen: File) {
    setFileError(null);
    setTooLarge(false);
    if (chosen.size > IMPORT_LIMITS.fileBytes) {
      setFileError(t("fileErrors.fileTooLarge", { max: IMPORT_LIMITS.fileBytes / (1024 * 1024) }));
      return;
    }
    setPhase("reading");
    setReading({ stage: "read", value: 0, max: chosen.size, rows: 0 });
    try {
      const bytes = await readBytes(chosen, (loaded) => setReading({ stage: "read", value: loaded, max: chosen.size, rows: 0 }));
      const table = await parseImportFile({ name: chosen.name, bytes }, { onProgress: (p) => setReading({ stage: "parse", value: p.fraction, max: 1, rows: p.rows }) });
      if (table.rows.length > ORDER_LIMITS.orders) {
        setPhase("choose");
        setFileError(t("fileErrors.tooManyOrders", { rows: table.rows.length, max: ORDER_LIMITS.orders }));
        if (input.current) input.current.value = "";
        return;
      }
      setFile({ name: chosen.name, table });
      setMapping(guessOrderMapping(table.headers, table.rows));
      setPhase("map");
    } catch (e) {
      setPhase("choose");
      setFileError(e instanceof ImportFileError ? t(`fileErrors.${e.code}`, e.values) : t("fileErrors.unreadable"));
      if (input.current) input.current.value = "";
    } finally {
      setReading(null);
    }
  }

  function restart() {
    setPhase("choose");
    setFile(null);
    setFileError(null);
    setTooLarge(false);
    if (input.current) input.current.value = "";
  }

  function submit() {
    if (!file) return;
    const values = orderFormValues(file.table, mapping, units, file.name);
    if (new Blob(Object.values(values)).size > IMPORT_PAYLOAD_BYTES) return setTooLarge(true);
    const data = new FormData();
    for (const [k, v] of Object.entries(values)) data.set(k, v);
    // The action ends in a redirect to the new batch (or the list); an error comes back as state.
    startTransition(() => dispatch(data));
  }

  const step = phase === "map" ? 1 : 0;
  const nothingMapped = mapping.every((m) => !m);
  const batches = plan?.batches.length ?? 0;
  const errorDetails = state.status === "error" ? Object.values(state.fieldErrors).filter((m) => m !== state.error) : [];
  const fieldLabel = (f: OrderField) => t(`fields.${f}`);

  return (
    <div className="space-y-6">
      <ol aria-label={t("steps.label")} className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
        {(["file", "map", "check"] as const).map((name, i) => {
          // The mapping and the check share one page: both look current once the file is read (aria-current names the first).
          const current = i === step || (step === 1 && i === 2);
          return (
            <li key={name} aria-current={i === step ? "step" : undefined} className={cn("flex items-center gap-2", current ? "font-semibold text-zinc-900" : "text-zinc-500")}>
              <span aria-hidden="true" className={cn("flex size-6 items-center justify-center rounded-full text-xs", current ? "bg-brand-700 text-white" : i < step ? "bg-emerald-100 text-emerald-800" : "bg-zinc-100")}>
                {i < step ? "✓" : i + 1}
              </span>
              {t(`steps.${name}`)}
            </li>
          );
        })}
      </ol>

      {(phase === "choose" || phase === "reading") && (
        <Card title={t("file.title")}>
          <div className="space-y-4">
            <div className="space-y-1.5">
              <label htmlFor="orders-file" className="block text-sm font-medium text-zinc-800">
                {t("file.label")}
              </label>
              <input
                ref={input}
                id="orders-file"
                type="file"
                accept={IMPORT_FILE_ACCEPT}
                disabled={phase === "reading"}
                aria-describedby={fileError ? "orders-file-error" : "orders-file-hint"}
                aria-invalid={fileError ? true : undefined}
                onChange={(e) => {
                  const chosen = e.target.files?.[0];
                  if (chosen) void choose(chosen);
                }}
                className={cn(controlClass, "file:mr-3 file:rounded file:border-0 file:bg-zinc-100 file:px-3 file:py-1 file:text-sm file:font-medium")}
              />
              {fileError ? (
                <p id="orders-file-error" role="alert" className="text-sm text-brand-700">
                  {fileError}
                </p>
              ) : (
                <p id="orders-file-hint" className="text-xs text-zinc-500">
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

      {phase === "map" && file && plan && (
        <>
          <Card>
            <div className="flex flex-wrap items-center justify-between gap-3">
              <p className="text-sm text-zinc-700" data-testid="orders-file-summary">
                {t("file.loaded", { name: file.name, rows: file.table.rows.length, columns: file.table.headers.length })}
              </p>
              <Button variant="secondary" onClick={restart} disabled={pending}>
                {t("file.another")}
              </Button>
            </div>
          </Card>

          <Card>
            <div className="space-y-5">
              <div className="space-y-1">
                <h2 ref={heading} tabIndex={-1} className="text-base font-semibold text-zinc-900 outline-none">
                  {t("map.title")}
                </h2>
                <p className="text-sm text-zinc-600">{t("map.description")}</p>
              </div>
              <UnitsChoice value={units} onChange={setUnits} />
              <MappingTable headers={file.table.headers} rows={file.table.rows} mapping={mapping} onChange={setMapping} fields={ORDER_FIELDS} fieldLabel={fieldLabel} />
              <p className="text-xs text-zinc-500">{t("map.countryHint")}</p>
              {nothingMapped && <Alert tone="warning">{t("map.noneMapped")}</Alert>}
            </div>
          </Card>

          <Card title={t("check.title")}>
            <div className="space-y-5">
              {plan.orders.length === 0 ? (
                <Alert tone="warning">{t("check.nothing")}</Alert>
              ) : (
                <div role="status" className="space-y-1 text-sm">
                  <p className="font-medium text-zinc-900" data-testid="orders-summary">
                    {t("check.summary", { orders: plan.orders.length, batches, sizes: plan.batches.map((count) => t("check.batchSizes", { count })).join(", ") })}
                  </p>
                  <p className="text-zinc-700" data-testid="orders-to-fix">
                    {t("check.toFixSummary", { count: plan.toFix })}
                  </p>
                </div>
              )}
              {plan.orders.length > 0 && <OrderPreview orders={plan.orders.slice(0, PREVIEW_ROWS)} units={units} format={file.table.format} />}
              <SkippedRows rows={plan.skipped} format={file.table.format} />

              {tooLarge && <Alert tone="error">{t("fileErrors.tooLargeToSend")}</Alert>}
              {state.status === "error" && (
                <Alert tone="error">
                  <p>{state.error}</p>
                  {errorDetails.map((m) => (
                    <p key={m} className="mt-1">
                      {m}
                    </p>
                  ))}
                </Alert>
              )}
              {pending ? (
                <ProgressBar label={t("check.creating", { count: batches })} />
              ) : (
                <Button onClick={submit} disabled={plan.orders.length === 0 || nothingMapped} data-testid="orders-submit">
                  {t("check.submit", { count: Math.max(1, batches) })}
                </Button>
              )}
            </div>
          </Card>
        </>
      )}
    </div>
  );
}
