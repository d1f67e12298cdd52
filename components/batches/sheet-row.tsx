"use client";

import { memo, useState, useTransition, type ClipboardEvent, type KeyboardEvent } from "react";
import { useTranslations } from "next-intl";
import type { RowView } from "@/lib/batches/batch-view";
import { isBlock, type SheetColumn } from "@/lib/batches/paste";
import { IDLE, type FormState } from "@/lib/forms/state";
import { chooseServiceAction, duplicateRowAction, removeRowAction, saveRowAction, voidShipmentAction } from "@/app/b/[business]/batches/actions";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { COLUMNS, cellId, started, type SheetColumnDef } from "./sheet-columns";
import { ServicePicker } from "./service-picker";

/** What the sheet does for a row: the same functions for every row, so a row re-renders only when its own data changes. */
export interface RowHandlers {
  select: (rowId: string, on: boolean) => void;
  toggleEditor: (rowId: string) => void;
  /** Ctrl+D in a cell: the value to put in it (the cell above), or null when the sheet filled the selected rows itself. */
  fillDown: (rowId: string, key: SheetColumn) => string | null;
  paste: (rowId: string, key: SheetColumn, text: string) => void;
  /** A row action finished (void, duplicate, remove, a service chosen): its message for the sheet's summary. */
  done: (state: FormState) => void;
}

export interface SheetRowProps {
  row: RowView;
  /** The row's place in the sheet as shown (sorted), for moving with the keyboard. */
  index: number;
  slug: string;
  batchId: string;
  draft: boolean;
  editable: boolean;
  labelFormat: string;
  selected: boolean;
  expanded: boolean;
  labels: Record<SheetColumn, string>;
  handlers: RowHandlers;
}

/** app/globals.css: the cells' classes, named once for the 900 cells of a sheet of 50. */
const CONTROL = "sheet-input";
const LINK = "rounded-md px-2 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50";

function without(record: Record<string, string>, key: string): Record<string, string> {
  const rest = { ...record };
  delete rest[key];
  return rest;
}

/** A cell's label, shown above its control when the sheet is a stack of cards (phones). */
function CardLabel({ children }: { children: string }) {
  return (
    <span className="sheet-card-label" aria-hidden="true">
      {children}
    </span>
  );
}

/**
 * One shipment as a line of the sheet, every cell editable in place. What is typed stays in the row
 * (no other row re-renders) and is saved when the cell is left; a value the server refuses stays
 * in its cell with its message, and the row's problems are shown on their cells.
 */
function SheetRowImpl({ row, index, slug, batchId, draft, editable, labelFormat, selected, expanded, labels, handlers }: SheetRowProps) {
  const t = useTranslations("batches");
  // Typed, not yet saved (or refused): shown over the saved value.
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [refused, setRefused] = useState<Record<string, string>>({});
  const [saving, startSaving] = useTransition();
  const [acting, startActing] = useTransition();
  const canEdit = draft && editable;
  const value = (key: string) => edits[key] ?? row.fields[key] ?? "";
  const problems = new Map(row.problems.map((p) => [p.field, p.label]));
  const showProblems = started({ ...row.fields, ...edits });
  const cellError = (key: string) => refused[key] ?? (showProblems ? problems.get(key) : undefined);
  const other = row.problems.filter((p) => !COLUMNS.some((c) => c.key === p.field) && p.field !== "serviceCode");

  const save = (key: string, typed: string) => {
    if (typed === (row.fields[key] ?? "") && !refused[key]) {
      setEdits((s) => without(s, key));
      return;
    }
    const data = new FormData();
    data.set("batchId", batchId);
    data.set("shipmentId", row.id);
    data.set("units", row.fields.units ?? "METRIC");
    data.set(key, typed);
    data.set("changed", key);
    startSaving(async () => {
      const state = await saveRowAction(slug, IDLE, data);
      const message = state.status === "error" ? (state.fieldErrors[key] ?? state.error) : undefined;
      setRefused((s) => (message ? { ...s, [key]: message } : without(s, key)));
      // Saved: the cell shows the saved value again (the page is refreshed with it).
      if (!message) setEdits((s) => (s[key] === typed ? without(s, key) : s));
    });
  };

  const act = (action: (slug: string, prev: FormState, data: FormData) => Promise<FormState>, fields: Record<string, string>, confirm?: string) => {
    if (confirm && !window.confirm(confirm)) return;
    const data = new FormData();
    for (const [k, v] of Object.entries(fields)) data.set(k, v);
    startActing(async () => handlers.done(await action(slug, IDLE, data)));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>, key: SheetColumn) => {
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "d") {
      e.preventDefault();
      const above = handlers.fillDown(row.id, key);
      if (above === null) return;
      setEdits((s) => ({ ...s, [key]: above }));
      save(key, above);
    }
  };

  const onPaste = (e: ClipboardEvent<HTMLInputElement>, key: SheetColumn) => {
    const text = e.clipboardData.getData("text/plain");
    if (!isBlock(text)) return;
    e.preventDefault();
    handlers.paste(row.id, key, text);
  };

  const cell = (col: SheetColumnDef, i: number) => {
    const id = cellId(row.id, col.key);
    const error = cellError(col.key);
    const errorId = error ? `${id}-error` : undefined;
    const label = t("cellLabel", { column: labels[col.key], position: row.position });
    const nav = { "data-row": String(index), "data-col": String(i) };
    let control;
    if (col.kind === "service") {
      const serviceProblem = problems.get("serviceCode");
      control =
        canEdit && row.serviceCount > 0 ? (
          <ServicePicker id={id} slug={slug} batchId={batchId} shipmentId={row.id} chosen={row.chosen} ratedAt={row.ratedAt} value={row.fields.serviceCode ?? ""} action={chooseServiceAction} label={t("serviceFor", { position: row.position })} cell={nav} describedBy={serviceProblem ? `${id}-error` : undefined} onSaved={handlers.done} />
        ) : row.chosen ? (
          <div className="min-w-40">
            <div>{row.chosen.serviceName}</div>
            <div className="text-xs text-zinc-600">{row.chosen.deliveryText}</div>
          </div>
        ) : (
          // Not priced: what is missing first; a complete row's own reason (not rated, the carrier's answer) is under the cell.
          <span className="text-zinc-600">{!draft || serviceProblem ? "" : row.problems.length > 0 ? t("completeToRate") : t("notRatedYet")}</span>
        );
      const shownProblem = draft ? serviceProblem : undefined;
      return (
        <td key={col.key} className="sheet-cell max-md:col-span-2">
          <CardLabel>{labels[col.key]}</CardLabel>
          {control}
          {shownProblem && (
            <p id={`${id}-error`} className="mt-0.5 max-w-56 text-xs text-brand-700">
              {shownProblem}
            </p>
          )}
        </td>
      );
    }
    if (!canEdit) {
      // A paid batch (or a viewer) reads the sheet: text, not controls to tab through.
      const shown = col.kind === "checkbox" ? (value(col.key) === "on" ? "✓" : "") : value(col.key);
      return (
        <td key={col.key} className={cn("sheet-cell", col.kind === "number" && "md:text-right md:tabular-nums")}>
          <CardLabel>{labels[col.key]}</CardLabel>
          {shown}
        </td>
      );
    }
    if (col.kind === "checkbox") {
      return (
        <td key={col.key} className="sheet-cell md:text-center">
          <CardLabel>{labels[col.key]}</CardLabel>
          <input
            type="checkbox"
            id={id}
            {...nav}
            aria-label={label}
            checked={value(col.key) === "on"}
            onChange={(e) => {
              const next = e.target.checked ? "on" : "";
              setEdits((s) => ({ ...s, [col.key]: next }));
              save(col.key, next);
            }}
            onKeyDown={(e) => onKeyDown(e, col.key)}
            className="size-4 rounded border-zinc-300"
          />
        </td>
      );
    }
    return (
      <td key={col.key} className="sheet-cell">
        <CardLabel>{labels[col.key]}</CardLabel>
        <input
          id={id}
          {...nav}
          aria-label={label}
          aria-invalid={error ? true : undefined}
          aria-describedby={errorId}
          value={value(col.key)}
          maxLength={col.maxLength}
          inputMode={col.kind === "number" ? "decimal" : undefined}
          autoComplete="off"
          onChange={(e) => {
            const next = e.target.value;
            setEdits((s) => ({ ...s, [col.key]: next }));
          }}
          onBlur={(e) => {
            if (edits[col.key] !== undefined || refused[col.key]) save(col.key, e.target.value);
          }}
          onKeyDown={(e) => onKeyDown(e, col.key)}
          onPaste={(e) => onPaste(e, col.key)}
          className={cn(CONTROL, col.width, col.kind === "number" && "text-right tabular-nums")}
        />
        {error && (
          <p id={errorId} className="mt-0.5 max-w-48 text-xs text-brand-700">
            {error}
          </p>
        )}
      </td>
    );
  };

  return (
    <tr
      data-testid={`row-${row.position}`}
      aria-busy={saving || acting || undefined}
      className={cn("max-md:mb-3 max-md:grid max-md:grid-cols-2 max-md:gap-x-3 max-md:gap-y-2 max-md:rounded-lg max-md:border max-md:border-zinc-200 max-md:p-3", selected && "bg-brand-50/60")}
    >
      <td className="sheet-cell max-md:col-span-2">
        <div className="flex items-center gap-2">
          {canEdit && <input type="checkbox" aria-label={t("selectRow", { position: row.position })} checked={selected} onChange={(e) => handlers.select(row.id, e.target.checked)} className="size-4 rounded border-zinc-300" />}
          <span className="tabular-nums text-zinc-700">{row.position}</span>
          <span className="font-medium md:hidden">{row.fields.name || row.fields.company || t("noRecipient")}</span>
        </div>
      </td>
      {COLUMNS.slice(0, 15).map((c, i) => cell(c, i))}
      <td className="px-1 py-1.5 text-right align-top font-semibold tabular-nums max-md:text-left">
        <CardLabel>{t("price")}</CardLabel>
        <span data-testid="row-price">{row.chosen?.total ?? ""}</span>
      </td>
      {COLUMNS.slice(15).map((c, i) => cell(c, i + 15))}
      <td className="sheet-cell max-md:col-span-2">
        <Status row={row} draft={draft} slug={slug} />
        {other.length > 0 && draft && (
          <ul className="mt-1 max-w-64 space-y-0.5 text-xs text-brand-700" data-testid={`row-${row.position}-problems`}>
            {other.map((p) => (
              <li key={p.field}>{p.label}</li>
            ))}
          </ul>
        )}
      </td>
      <td className="sheet-cell max-md:col-span-2">
        <div className="flex flex-wrap justify-end gap-1 max-md:justify-start">
          {canEdit && (
            <>
              <button type="button" className={LINK} aria-expanded={expanded} onClick={() => handlers.toggleEditor(row.id)} aria-label={t("editRow", { position: row.position })}>
                {t("edit")}
              </button>
              <button type="button" className={LINK} disabled={acting} onClick={() => act(duplicateRowAction, { batchId, shipmentId: row.id })} aria-label={t("duplicateRow", { position: row.position })}>
                {t("duplicate")}
              </button>
              <button type="button" className={LINK} disabled={acting} onClick={() => act(removeRowAction, { batchId, shipmentId: row.id }, t("confirmRemove", { position: row.position }))} aria-label={t("removeRow", { position: row.position })}>
                {t("remove")}
              </button>
            </>
          )}
          {!draft && row.trackingNumber && row.status === "LABELLED" && (
            <>
              <a className={LINK} href={`/b/${slug}/shipments/${row.id}/label?format=${labelFormat}`}>
                {t("label")}
              </a>
              {editable && (
                <button type="button" className={LINK} disabled={acting} onClick={() => act(voidShipmentAction, { shipmentId: row.id }, t("confirmVoid", { tracking: row.trackingNumber ?? "" }))} aria-label={t("voidRow", { position: row.position })}>
                  {acting ? t("voiding") : t("void")}
                </button>
              )}
            </>
          )}
        </div>
      </td>
    </tr>
  );
}

function Status({ row, draft, slug }: { row: RowView; draft: boolean; slug: string }) {
  const t = useTranslations("batches");
  if (row.trackingNumber)
    return (
      <div className="flex flex-col items-start gap-1">
        <a href={`/b/${slug}/shipments/${row.id}`} className="font-mono text-xs text-brand-700 underline">
          {row.trackingNumber}
        </a>
        {row.status === "VOIDED" && <Badge tone="zinc">{t("voided")}</Badge>}
        {row.status === "VOID_REQUESTED" && <Badge tone="zinc">{t("refundRequested")}</Badge>}
      </div>
    );
  if (row.status === "REFUSED")
    return (
      <div className="flex flex-col items-start gap-1">
        <Badge tone="amber">{t("refusedByCarrier")}</Badge>
        <span className="text-xs text-zinc-600" data-testid="refused-reason">
          {t("refusedReason", { reason: row.refusedReason ?? "" })}
        </span>
      </div>
    );
  if (!draft) return <Badge tone="zinc">{t("labelsPendingRow")}</Badge>;
  if (row.problems.length) return <Badge tone="amber">{t("problemCount", { count: row.problems.length })}</Badge>;
  return <Badge tone="emerald">{t("ready")}</Badge>;
}

/** Rows re-render when their own data, place or selection changes; never because another row was typed in. */
export const SheetRow = memo(SheetRowImpl, (a, b) => a.row === b.row || JSON.stringify(a.row) === JSON.stringify(b.row) ? a.index === b.index && a.selected === b.selected && a.expanded === b.expanded && a.draft === b.draft && a.editable === b.editable && a.labels === b.labels && a.handlers === b.handlers : false);
