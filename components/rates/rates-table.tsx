"use client";

import { Fragment, useMemo, useState } from "react";
import { useTranslations } from "next-intl";
import type { PresentedQuote } from "@/lib/rates/present";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";

type Sort = "price" | "date";

function byPrice(a: PresentedQuote, b: PresentedQuote) {
  return a.totalCents - b.totalCents || a.expectedDeliveryDate.localeCompare(b.expectedDeliveryDate);
}

function byDate(a: PresentedQuote, b: PresentedQuote) {
  return a.expectedDeliveryDate.localeCompare(b.expectedDeliveryDate) || a.totalCents - b.totalCents;
}

/** Every quoted service in one table: sortable by price or date, cheapest and fastest marked, each row expandable to its price lines. */
export function RatesTable({ quotes }: { quotes: PresentedQuote[] }) {
  const t = useTranslations("rates");
  const [sort, setSort] = useState<Sort>("price");
  const [open, setOpen] = useState<Set<string>>(new Set());
  const sorted = useMemo(() => [...quotes].sort(sort === "price" ? byPrice : byDate), [quotes, sort]);
  const cheapest = useMemo(() => [...quotes].sort(byPrice)[0]?.serviceCode, [quotes]);
  const fastest = useMemo(() => [...quotes].sort(byDate)[0]?.serviceCode, [quotes]);
  const toggle = (code: string) =>
    setOpen((s) => {
      const next = new Set(s);
      if (next.has(code)) next.delete(code);
      else next.add(code);
      return next;
    });

  const sortButton = (value: Sort, label: string) => (
    <button
      type="button"
      aria-pressed={sort === value}
      onClick={() => setSort(value)}
      className={cn("px-3 py-1.5 text-sm font-medium first:rounded-l-md last:rounded-r-md", sort === value ? "bg-zinc-900 text-white" : "bg-white text-zinc-700 hover:bg-zinc-50")}
    >
      {label}
    </button>
  );

  return (
    <div className="space-y-3">
      <div className="flex items-center gap-2 text-sm text-zinc-600">
        <span id="rates-sort-label">{t("sortBy")}</span>
        <div role="group" aria-labelledby="rates-sort-label" className="inline-flex rounded-md ring-1 ring-zinc-300">
          {sortButton("price", t("sortPrice"))}
          {sortButton("date", t("sortDate"))}
        </div>
      </div>
      <table className="w-full text-left text-sm" aria-label={t("resultsTitle", { count: quotes.length })}>
        <thead className="border-b border-zinc-200 text-zinc-600">
          <tr>
            <th scope="col" className="py-2 pr-3 font-medium">{t("service")}</th>
            <th scope="col" className="py-2 pr-3 font-medium" aria-sort={sort === "date" ? "ascending" : undefined}>{t("delivery")}</th>
            <th scope="col" className="py-2 pr-3 text-right font-medium" aria-sort={sort === "price" ? "ascending" : undefined}>{t("price")}</th>
            <th scope="col" className="py-2"><span className="sr-only">{t("details")}</span></th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {sorted.map((q) => {
            const expanded = open.has(q.serviceCode);
            const detailsId = `quote-details-${q.serviceCode.replaceAll(".", "-")}`;
            return (
              <Fragment key={q.serviceCode}>
                <tr data-testid={`quote-${q.serviceCode}`} data-total-cents={q.totalCents} data-delivery={q.expectedDeliveryDate}>
                  <td className="py-3 pr-3">
                    <div className="font-medium text-zinc-900">{q.serviceName}</div>
                    <div className="mt-1 flex flex-wrap gap-1">
                      {q.serviceCode === cheapest && <Badge tone="emerald">{t("cheapest")}</Badge>}
                      {q.serviceCode === fastest && <Badge tone="brand">{t("fastest")}</Badge>}
                      {!q.tracked && <Badge tone="zinc">{q.trackingNote}</Badge>}
                    </div>
                    {!q.tracked && <p className="mt-1 text-xs text-zinc-600">{t("noTrackingHint")}</p>}
                  </td>
                  <td className="py-3 pr-3">
                    <div>{q.deliveryText}</div>
                    <div className="text-xs text-zinc-500">
                      {q.transitText} · {q.guaranteed ? t("guaranteed") : t("notGuaranteed")}
                    </div>
                  </td>
                  <td className="py-3 pr-3 text-right font-semibold tabular-nums" data-testid="total">{q.total}</td>
                  <td className="py-3 text-right">
                    <button
                      type="button"
                      aria-expanded={expanded}
                      aria-controls={detailsId}
                      aria-label={t("detailsFor", { service: q.serviceName })}
                      onClick={() => toggle(q.serviceCode)}
                      className="rounded-md px-2 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50"
                    >
                      {t("details")} <span aria-hidden="true">{expanded ? "▲" : "▼"}</span>
                    </button>
                  </td>
                </tr>
                {expanded && (
                  <tr id={detailsId}>
                    <td colSpan={4} className="bg-zinc-50 px-4 py-3">
                      <table className="w-full max-w-xl text-sm" aria-label={t("detailsFor", { service: q.serviceName })}>
                        <tbody>
                          {q.lines.filter((l) => l.kind !== "tax").map((l, i) => (
                            <tr key={`p${i}`}>
                              <td className="py-0.5 pr-4">{l.label}</td>
                              <td className="py-0.5 text-right tabular-nums">{l.amount}</td>
                            </tr>
                          ))}
                          <tr className="border-t border-zinc-200">
                            <td className="py-0.5 pr-4">{t("subtotal")}</td>
                            <td className="py-0.5 text-right tabular-nums">{q.subtotal}</td>
                          </tr>
                          {q.lines.filter((l) => l.kind === "tax").map((l, i) => (
                            <tr key={`t${i}`}>
                              <td className="py-0.5 pr-4">{l.label}</td>
                              <td className="py-0.5 text-right tabular-nums">{l.amount}</td>
                            </tr>
                          ))}
                          <tr className="border-t border-zinc-300 font-semibold">
                            <td className="py-1 pr-4">{t("total")}</td>
                            <td className="py-1 text-right tabular-nums">{q.total}</td>
                          </tr>
                        </tbody>
                      </table>
                      <p className="mt-2 text-xs text-zinc-500">
                        {q.weightNote} · {q.laneNote} · {q.mailingNote}
                      </p>
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
