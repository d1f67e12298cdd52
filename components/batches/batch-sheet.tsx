"use client";

import { Fragment, useState } from "react";
import { useTranslations } from "next-intl";
import type { BatchView } from "@/lib/batches/batch-view";
import { chooseForAllAction, chooseServiceAction, duplicateRowAction, rateBatchAction, removeRowAction, addRowAction, voidShipmentAction } from "@/app/b/[business]/batches/actions";
import { ActionButton } from "@/components/forms/action-button";
import { Badge } from "@/components/ui/badge";
import { ApplyTemplate } from "./apply-template";
import { RowEditor } from "./row-editor";
import { ServicePicker } from "./service-picker";
import type { SheetContext } from "./sheet-types";

function summary(fields: Record<string, string>) {
  const city = [fields.city, fields.province, fields.postalCode].filter(Boolean).join(" ");
  return { who: fields.name || fields.company || "", where: [city, fields.country !== "CA" ? fields.country : ""].filter(Boolean).join(", ") };
}

/** The batch as a sheet: one line per shipment, each opening to its full form; tools for the whole batch above. */
export function BatchSheet({ view, ctx, editable }: { view: BatchView; ctx: SheetContext; editable: boolean }) {
  const t = useTranslations("batches");
  const draft = view.batch.status === "DRAFT";
  const [open, setOpen] = useState<Set<string>>(() => new Set(view.rows.length === 1 ? [view.rows[0]!.id] : []));
  const toggle = (id: string) =>
    setOpen((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const batchFields = { batchId: view.batch.id };

  return (
    <div className="space-y-4">
      {draft && editable && (
        <div className="flex flex-wrap items-start gap-2" role="toolbar" aria-label={t("tools")}>
          <ActionButton action={addRowAction} slug={ctx.slug} fields={batchFields} label={t("addRow")} variant="secondary" />
          <a href={`/b/${ctx.slug}/batches/${view.batch.id}/add-contacts`} className="inline-flex items-center rounded-md bg-white px-3.5 py-2 text-sm font-semibold text-zinc-900 ring-1 ring-inset ring-zinc-300 hover:bg-zinc-50">
            {t("addFromContacts")}
          </a>
          <ActionButton action={rateBatchAction} slug={ctx.slug} fields={batchFields} label={t("rateAll")} variant="primary" />
          <ActionButton action={chooseForAllAction} slug={ctx.slug} fields={{ ...batchFields, choice: "cheapest" }} label={t("cheapestForAll")} variant="secondary" />
          <ActionButton action={chooseForAllAction} slug={ctx.slug} fields={{ ...batchFields, choice: "fastest" }} label={t("fastestForAll")} variant="secondary" />
          <ApplyTemplate slug={ctx.slug} batchId={view.batch.id} templates={ctx.templates} />
        </div>
      )}
      {view.rows.length === 0 ? (
        <p className="text-sm text-zinc-500">{t("empty")}</p>
      ) : (
        <table className="w-full text-left text-sm" aria-label={t("rowsTitle", { count: view.rows.length })}>
          <thead className="border-b border-zinc-200 text-zinc-600">
            <tr>
              <th scope="col" className="py-2 pr-2 font-medium">#</th>
              <th scope="col" className="py-2 pr-2 font-medium">{t("recipient")}</th>
              <th scope="col" className="py-2 pr-2 font-medium">{t("service")}</th>
              <th scope="col" className="py-2 pr-2 text-right font-medium">{t("price")}</th>
              <th scope="col" className="py-2 pr-2 font-medium">{t("status")}</th>
              <th scope="col" className="py-2"><span className="sr-only">{t("rowActions")}</span></th>
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-100">
            {view.rows.map((row) => {
              const s = summary(row.fields);
              const problems = Object.fromEntries(row.problems.map((p) => [p.field, p.text]));
              const expanded = open.has(row.id);
              return (
                <Fragment key={row.id}>
                  <tr data-testid={`row-${row.position}`} className={row.problems.length ? "bg-brand-50/40" : undefined}>
                    <td className="py-2 pr-2 align-top tabular-nums">{row.position}</td>
                    <td className="py-2 pr-2 align-top">
                      <div className="font-medium">{s.who || <span className="text-zinc-500">{t("noRecipient")}</span>}</div>
                      <div className="text-xs text-zinc-500">{s.where}</div>
                    </td>
                    <td className="py-2 pr-2 align-top">
                      {draft && editable && row.quotes.length > 0 ? (
                        <ServicePicker slug={ctx.slug} batchId={view.batch.id} shipmentId={row.id} quotes={row.quotes} value={row.fields.serviceCode ?? ""} action={chooseServiceAction} label={t("serviceFor", { position: row.position })} />
                      ) : row.chosen ? (
                        <div>
                          <div>{row.chosen.serviceName}</div>
                          <div className="text-xs text-zinc-500">{row.chosen.deliveryText}</div>
                        </div>
                      ) : (
                        <span className="text-zinc-500">{t("notRatedYet")}</span>
                      )}
                    </td>
                    <td className="py-2 pr-2 text-right align-top font-semibold tabular-nums" data-testid="row-price">{row.chosen?.total ?? ""}</td>
                    <td className="py-2 pr-2 align-top">
                      {row.trackingNumber ? (
                        <div className="flex flex-col items-start gap-1">
                          <a href={`/b/${ctx.slug}/shipments/${row.id}`} className="font-mono text-xs text-brand-700 underline">{row.trackingNumber}</a>
                          {row.status === "VOIDED" && <Badge tone="zinc">{t("voided")}</Badge>}
                          {row.status === "VOID_REQUESTED" && <Badge tone="zinc">{t("refundRequested")}</Badge>}
                        </div>
                      ) : row.status === "REFUSED" ? (
                        <div className="flex flex-col items-start gap-1">
                          <Badge tone="amber">{t("refusedByCarrier")}</Badge>
                          <span className="text-xs text-zinc-600" data-testid="refused-reason">{t("refusedReason", { reason: row.refusedReason ?? "" })}</span>
                        </div>
                      ) : !draft && view.batch.status === "PAID" ? (
                        <Badge tone="zinc">{t("labelsPendingRow")}</Badge>
                      ) : row.problems.length ? (
                        <Badge tone="amber">{t("problemCount", { count: row.problems.length })}</Badge>
                      ) : (
                        <Badge tone="emerald">{t("ready")}</Badge>
                      )}
                    </td>
                    <td className="py-2 align-top">
                      <div className="flex flex-wrap justify-end gap-1">
                        {draft && editable && (
                          <>
                            <button type="button" className="rounded-md px-2 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50" aria-expanded={expanded} onClick={() => toggle(row.id)} aria-label={t("editRow", { position: row.position })}>
                              {t("edit")}
                            </button>
                            <ActionButton action={duplicateRowAction} slug={ctx.slug} fields={{ ...batchFields, shipmentId: row.id }} label={t("duplicate")} ariaLabel={t("duplicateRow", { position: row.position })} variant="ghost" />
                            <ActionButton action={removeRowAction} slug={ctx.slug} fields={{ ...batchFields, shipmentId: row.id }} label={t("remove")} ariaLabel={t("removeRow", { position: row.position })} variant="ghost" confirm={t("confirmRemove", { position: row.position })} />
                          </>
                        )}
                        {!draft && row.trackingNumber && row.status === "LABELLED" && (
                          <>
                            <a className="rounded-md px-2 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50" href={`/b/${ctx.slug}/shipments/${row.id}/label?format=${view.batch.labelFormat}`}>
                              {t("label")}
                            </a>
                            {editable && <ActionButton action={voidShipmentAction} slug={ctx.slug} fields={{ shipmentId: row.id }} label={t("void")} ariaLabel={t("voidRow", { position: row.position })} confirm={t("confirmVoid", { tracking: row.trackingNumber })} />}
                          </>
                        )}
                      </div>
                    </td>
                  </tr>
                  {row.problems.length > 0 && !expanded && (
                    <tr>
                      <td />
                      <td colSpan={5} className="pb-2 text-xs text-brand-700" data-testid={`row-${row.position}-problems`}>
                        {row.problems.map((p) => p.text).join(" ")}
                      </td>
                    </tr>
                  )}
                  {expanded && draft && editable && (
                    <tr>
                      <td colSpan={6} className="bg-zinc-50 px-4 py-4">
                        <RowEditor batchId={view.batch.id} rowId={row.id} initial={{ ...row.fields, position: String(row.position) }} problems={problems} ctx={ctx} />
                      </td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}
