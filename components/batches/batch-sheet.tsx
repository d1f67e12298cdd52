"use client";

import { Fragment, useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore, useTransition } from "react";
import { useLocale, useTranslations } from "next-intl";
import { addressFormOptions } from "@/lib/addresses/form-options";
import type { BatchView, RowView } from "@/lib/batches/batch-view";
import type { AppLocale } from "@/lib/i18n/locales";
import type { SheetColumn } from "@/lib/batches/paste";
import { IDLE, type FormState } from "@/lib/forms/state";
import { addRowAction, applyTemplateAction, chooseForAllAction, fillRowsAction, pasteRowsAction, rateBatchAction, removeRowsAction } from "@/app/b/[business]/batches/actions";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { RowEditor } from "./row-editor";
import { PickAndApply } from "./pick-and-apply";
import { SheetBulkBar } from "./sheet-bulk-bar";
import { COLUMNS, cellId } from "./sheet-columns";
import { moveInGrid } from "./sheet-keys";
import { SheetRow, type RowHandlers } from "./sheet-row";
import type { SheetContext, SheetPageContext } from "./sheet-types";

type Action = (slug: string, prev: FormState, data: FormData) => Promise<FormState>;

const never = () => () => {};
/** True in the browser, false on the server and while hydrating (then true at once). */
const useInBrowser = () => useSyncExternalStore(never, () => true, () => false);
type SortKey = SheetColumn | "position" | "price";
const TH = "bg-white px-1 py-2 text-left font-medium md:sticky md:top-0 md:z-10 md:shadow-[inset_0_-1px_0_var(--color-zinc-200)]";

/** The value a cell shows right now (what is typed in it, saved or not). */
function cellValue(rowId: string, key: string): string {
  const el = document.getElementById(cellId(rowId, key));
  if (el instanceof HTMLInputElement) return el.type === "checkbox" ? (el.checked ? "on" : "") : el.value;
  if (el instanceof HTMLSelectElement) return el.value;
  return "";
}

/**
 * The batch as a spreadsheet: every cell of every row editable in place, moved through with Tab,
 * Enter and the arrows, a block of rows pasted from Excel or Google Sheets, Ctrl+D to fill down,
 * columns sorted, rows selected for a service, a template, fill down or removal; the header and
 * the totals stay in view. Under 768 px each row is a card. Tools for the whole batch above; their
 * result is announced in one place, which takes the focus.
 */
export function BatchSheet({ view: shell, rowsJson, ctx: pageCtx, editable, units }: { view: Omit<BatchView, "rows">; rowsJson: string; ctx: SheetPageContext; editable: boolean; units: "METRIC" | "IMPERIAL" }) {
  // The rows come as one JSON string (see `sheetRowsJson`), read once per payload from the server.
  const view = useMemo(() => ({ ...shell, rows: JSON.parse(rowsJson) as RowView[] }), [shell, rowsJson]);
  const locale = useLocale() as AppLocale;
  const ctx: SheetContext = useMemo(() => ({ ...pageCtx, ...addressFormOptions(locale) }), [pageCtx, locale]);
  const t = useTranslations("batches");
  const tq = useTranslations("rates");
  // The rows are drawn in the browser: each is a line of live inputs (900 for 50 rows) that the
  // server would draw as HTML and the browser then hydrate, the page's heaviest work done twice.
  const inBrowser = useInBrowser();
  const draft = view.batch.status === "DRAFT";
  const batchId = view.batch.id;
  const slug = ctx.slug;
  const [open, setOpen] = useState<Set<string>>(() => new Set(view.rows.length === 1 ? [view.rows[0]!.id] : []));
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 }>({ key: "position", dir: 1 });
  const [notice, setNotice] = useState<{ state: FormState; lines: string[] } | null>(null);
  const [busy, startBusy] = useTransition();
  // Tools stay enabled (a disabled button drops the keyboard focus): a click while one runs is ignored.
  const running = useRef(false);
  const noticeRef = useRef<HTMLDivElement>(null);
  const gridRef = useRef<HTMLTableElement>(null);
  // After "Add a row": the rows there were, to focus the new one when the page shows it.
  const rowsBeforeAdd = useRef<Set<string> | null>(null);

  const len = units === "METRIC" ? "cm" : "in";
  const wt = units === "METRIC" ? "kg" : "lb";
  const labels = useMemo(() => {
    const names: Record<SheetColumn, string> = {
      name: t("name"),
      company: t("company"),
      line1: t("line1"),
      line2: t("line2"),
      city: t("city"),
      province: t("provinceShort"),
      postalCode: t("postalCode"),
      country: t("country"),
      phone: t("phone"),
      email: t("email"),
      length: tq("length", { unit: len }),
      width: tq("width", { unit: len }),
      height: tq("height", { unit: len }),
      weight: tq("weight", { unit: wt }),
      serviceCode: t("service"),
      signature: tq("signature"),
      reference1: t("reference1"),
      reference2: t("reference2"),
    };
    return names;
  }, [t, tq, len, wt]);

  const rows = useMemo(() => {
    const value = (r: BatchView["rows"][number]) => (sort.key === "position" ? r.position : sort.key === "price" ? (r.chosen?.totalCents ?? -1) : (r.fields[sort.key] ?? ""));
    return [...view.rows].sort((a, b) => {
      const x = value(a);
      const y = value(b);
      const c = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y), undefined, { numeric: true, sensitivity: "base" });
      return (c || a.position - b.position) * sort.dir;
    });
  }, [view.rows, sort]);
  const ids = useMemo(() => new Set(view.rows.map((r) => r.id)), [view.rows]);
  const chosen = useMemo(() => rows.filter((r) => selected.has(r.id)).map((r) => r.id), [rows, selected]);

  // The handlers read the sheet's current order and selection through refs: they stay the same functions, so rows stay memoised.
  const order = useRef<string[]>([]);
  const selection = useRef<string[]>([]);
  const positions = useRef<Map<string, number>>(new Map());
  useEffect(() => {
    order.current = rows.map((r) => r.id);
    selection.current = chosen;
    positions.current = new Map(view.rows.map((r) => [r.id, r.position]));
  }, [rows, chosen, view.rows]);

  /** Shows an action's result; it takes the focus when it says something (a chosen service says nothing: the list keeps the focus). */
  const announce = useCallback((state: FormState, lines: string[] = []) => {
    setNotice({ state, lines });
    if (state.status === "error" || (state.status === "ok" && state.message)) requestAnimationFrame(() => noticeRef.current?.focus());
  }, []);

  const run = useCallback(
    (action: Action, fields: Record<string, string>, after?: (state: FormState) => string[] | void) => {
      const data = new FormData();
      data.set("batchId", batchId);
      for (const [k, v] of Object.entries(fields)) data.set(k, v);
      if (running.current) return;
      running.current = true;
      startBusy(async () => {
        const state = await action(slug, IDLE, data).finally(() => {
          running.current = false;
        });
        announce(state, after?.(state) ?? []);
      });
    },
    [batchId, slug, announce],
  );

  // "Row 3: Name: at most 44 characters" for each cell a paste or fill could not take.
  const rowProblems = useCallback(
    (state: FormState, targets: string[]) => {
      if (state.status !== "error") return [];
      const last = Math.max(0, ...positions.current.values());
      return Object.entries(state.fieldErrors).map(([key, message]) => {
        const i = Number(key.split(".")[0]);
        const position = i < targets.length ? positions.current.get(targets[i]!) : last + i - targets.length + 1;
        return t("rowProblem", { position: position ?? i + 1, message });
      });
    },
    [t],
  );

  const handlers: RowHandlers = useMemo(
    () => ({
      select: (rowId, on) =>
        setSelected((s) => {
          const next = new Set(s);
          if (on) next.add(rowId);
          else next.delete(rowId);
          return next;
        }),
      toggleEditor: (rowId) =>
        setOpen((s) => {
          const next = new Set(s);
          if (next.has(rowId)) next.delete(rowId);
          else next.add(rowId);
          return next;
        }),
      fillDown: (rowId, key) => {
        const sel = selection.current;
        if (sel.length >= 2 && sel.includes(rowId)) {
          const targets = sel.slice(1);
          run(fillRowsAction, { shipmentIds: targets.join(","), field: key, value: cellValue(sel[0]!, key), units }, (s) => rowProblems(s, targets));
          return null;
        }
        const i = order.current.indexOf(rowId);
        return i > 0 ? cellValue(order.current[i - 1]!, key) : null;
      },
      paste: (rowId, key, text) => {
        const targets = order.current.slice(order.current.indexOf(rowId));
        run(pasteRowsAction, { shipmentIds: targets.join(","), column: key, text, units }, (s) => rowProblems(s, targets));
      },
      done: (state) => announce(state),
    }),
    [run, rowProblems, announce, units],
  );

  // The new row's first cell takes the focus once the page shows it.
  useEffect(() => {
    const before = rowsBeforeAdd.current;
    if (!before) return;
    const added = view.rows.find((r) => !before.has(r.id));
    if (!added) return;
    rowsBeforeAdd.current = null;
    document.getElementById(cellId(added.id, "name"))?.focus();
  }, [view.rows]);

  const addRow = () => {
    if (running.current) return;
    running.current = true;
    rowsBeforeAdd.current = new Set(ids);
    const data = new FormData();
    data.set("batchId", batchId);
    startBusy(async () => {
      const state = await addRowAction(slug, IDLE, data).finally(() => {
        running.current = false;
      });
      if (state.status === "error") {
        rowsBeforeAdd.current = null;
        announce(state);
      } else setNotice({ state, lines: [] });
    });
  };

  const sortButton = (key: SortKey, label: string, className?: string) => (
    <th scope="col" key={key} className={cn(TH, className)} aria-sort={sort.key === key ? (sort.dir === 1 ? "ascending" : "descending") : undefined}>
      <button type="button" className="inline-flex items-center gap-1 rounded font-medium hover:text-brand-700" onClick={() => setSort((s) => ({ key, dir: s.key === key ? (s.dir === 1 ? -1 : 1) : 1 }))} aria-label={t("sortBy", { column: label })}>
        {label}
        <span aria-hidden="true" className="text-xs text-zinc-500">
          {sort.key === key ? (sort.dir === 1 ? "▲" : "▼") : "↕"}
        </span>
      </button>
    </th>
  );

  const problemsOf = (row: BatchView["rows"][number]) => Object.fromEntries(row.problems.map((p) => [p.field, p.text]));
  const canEdit = draft && editable;
  const priced = view.priced;
  const tailColumns = COLUMNS.length - 15 + 2;

  return (
    <div className="space-y-4">
      {canEdit && (
        <div className="flex flex-wrap items-start gap-2" role="toolbar" aria-label={t("tools")}>
          <Button variant="secondary" aria-disabled={busy || undefined} onClick={addRow}>
            {t("addRow")}
          </Button>
          <a href={`/b/${slug}/batches/${batchId}/add-contacts`} className="inline-flex items-center rounded-md bg-white px-3.5 py-2 text-sm font-semibold text-zinc-900 ring-1 ring-inset ring-zinc-300 hover:bg-zinc-50">
            {t("addFromContacts")}
          </a>
          <Button aria-disabled={busy || undefined} onClick={() => run(rateBatchAction, {})}>
            {t("rateAll")}
          </Button>
          <Button variant="secondary" aria-disabled={busy || undefined} onClick={() => run(chooseForAllAction, { choice: "cheapest" })}>
            {t("cheapestForAll")}
          </Button>
          <Button variant="secondary" aria-disabled={busy || undefined} onClick={() => run(chooseForAllAction, { choice: "fastest" })}>
            {t("fastestForAll")}
          </Button>
          {ctx.templates.length > 0 && <PickAndApply id="apply-template" label={t("templateForAll")} options={ctx.templates.map((x) => ({ value: x.id, label: x.name }))} action={t("applyToAll")} busy={busy} onApply={(templateId) => run(applyTemplateAction, { templateId })} />}
        </div>
      )}
      <div ref={noticeRef} tabIndex={-1} role="status" aria-live="polite" data-testid="sheet-notice" className="rounded-md outline-none focus-visible:ring-2 focus-visible:ring-brand-700">
        {notice?.state.status === "ok" && notice.state.message && <p className="rounded-md bg-emerald-50 px-4 py-3 text-sm text-emerald-800 ring-1 ring-inset ring-emerald-600/20">{notice.state.message}</p>}
        {notice?.state.status === "error" && (
          <div className="rounded-md bg-brand-50 px-4 py-3 text-sm text-brand-800 ring-1 ring-inset ring-brand-600/20">
            <p>{notice.state.error}</p>
            {notice.lines.length > 0 && (
              <ul className="mt-1 list-disc pl-5">
                {notice.lines.map((l) => (
                  <li key={l}>{l}</li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
      {canEdit && view.rows.length > 0 && (
        <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
          <label className="flex items-center gap-2">
            <input type="checkbox" className="size-4 rounded border-zinc-300" checked={chosen.length === view.rows.length} onChange={(e) => setSelected(e.target.checked ? new Set(ids) : new Set())} />
            {t("selectAll")}
          </label>
          <p className="text-xs text-zinc-600">{t("sheetHint")}</p>
        </div>
      )}
      {canEdit && chosen.length > 0 && (
        <SheetBulkBar
          count={chosen.length}
          busy={busy}
          services={view.services}
          templates={ctx.templates}
          labels={labels}
          onService={(code) => run(fillRowsAction, { shipmentIds: chosen.join(","), field: "serviceCode", value: code, units })}
          onTemplate={(templateId) => run(applyTemplateAction, { templateId, shipmentIds: chosen.join(",") })}
          onFillDown={(key) => {
            const targets = chosen.slice(1);
            if (targets.length > 0) run(fillRowsAction, { shipmentIds: targets.join(","), field: key, value: cellValue(chosen[0]!, key), units }, (s) => rowProblems(s, targets));
          }}
          onRemove={() => {
            if (!window.confirm(t("confirmRemoveSelected", { count: chosen.length }))) return;
            run(removeRowsAction, { shipmentIds: chosen.join(",") }, (s) => {
              if (s.status === "ok") setSelected(new Set());
            });
          }}
        />
      )}
      {view.rows.length === 0 ? (
        <p className="text-sm text-zinc-600">{t("empty")}</p>
      ) : (
        <div className="md:max-h-[75vh] md:overflow-auto">
          <table ref={gridRef} className="w-full text-left text-sm max-md:block" aria-label={t("rowsTitle", { count: view.rows.length })} onKeyDown={(e) => moveInGrid(e, gridRef.current)}>
            <thead className="text-zinc-700 max-md:hidden">
              <tr>
                {sortButton("position", "#")}
                {COLUMNS.slice(0, 15).map((c) => sortButton(c.key, labels[c.key]))}
                {sortButton("price", t("price"), "text-right")}
                {COLUMNS.slice(15).map((c) => sortButton(c.key, labels[c.key]))}
                <th scope="col" className={TH}>
                  {t("status")}
                </th>
                <th scope="col" className={TH}>
                  <span className="sr-only">{t("rowActions")}</span>
                </th>
              </tr>
            </thead>
            <tbody className="md:divide-y md:divide-zinc-100 max-md:block" aria-busy={!inBrowser || undefined}>
              {!inBrowser && (
                <tr className="max-md:block">
                  <td colSpan={16 + tailColumns + 1} className="px-1 py-6 text-zinc-600 max-md:block">
                    {t("rowsLoading", { count: view.rows.length })}
                  </td>
                </tr>
              )}
              {inBrowser && rows.map((row, index) => (
                <Fragment key={row.id}>
                  <SheetRow row={row} index={index} slug={slug} batchId={batchId} draft={draft} editable={editable} labelFormat={view.batch.labelFormat} selected={selected.has(row.id)} expanded={open.has(row.id)} labels={labels} handlers={handlers} />
                  {open.has(row.id) && canEdit && (
                    <tr className="max-md:block">
                      <td colSpan={16 + tailColumns + 1} className="bg-zinc-50 px-4 py-4 max-md:block">
                        <RowEditor batchId={batchId} rowId={row.id} initial={{ ...row.fields, position: String(row.position) }} problems={problemsOf(row)} ctx={ctx} />
                      </td>
                    </tr>
                  )}
                </Fragment>
              ))}
            </tbody>
            <tfoot className="max-md:block">
              <tr className="font-semibold max-md:flex max-md:justify-between max-md:rounded-lg max-md:bg-zinc-50 max-md:p-3">
                <td colSpan={16} className="bg-white px-1 py-2 md:sticky md:bottom-0 md:shadow-[inset_0_1px_0_var(--color-zinc-200)] max-md:bg-transparent">
                  {t("totalsRow", { count: view.rows.length })}
                </td>
                <td className="bg-white px-1 py-2 text-right tabular-nums md:sticky md:bottom-0 md:shadow-[inset_0_1px_0_var(--color-zinc-200)] max-md:bg-transparent" data-testid="sheet-total">
                  {priced ? view.totals.total : "—"}
                </td>
                <td colSpan={tailColumns} className="bg-white md:sticky md:bottom-0 md:shadow-[inset_0_1px_0_var(--color-zinc-200)] max-md:hidden" />
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </div>
  );
}

/** One template's size and weight for every row of the batch at once. */
