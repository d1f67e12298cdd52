"use client";

import { useTransition } from "react";
import { IDLE, type FormState } from "@/lib/forms/state";
import type { PresentedQuote } from "@/lib/rates/present";

/** One row's service, chosen among its quotes (each with its price and date, and "No tracking" for a service Canada Post does not track); saved on change. */
export function ServicePicker(props: {
  slug: string;
  batchId: string;
  shipmentId: string;
  quotes: PresentedQuote[];
  value: string;
  label: string;
  action: (slug: string, prev: FormState, data: FormData) => Promise<FormState>;
}) {
  const [pending, start] = useTransition();
  return (
    <select
      aria-label={props.label}
      disabled={pending}
      value={props.value}
      onChange={(e) => {
        const data = new FormData();
        data.set("batchId", props.batchId);
        data.set("shipmentId", props.shipmentId);
        data.set("serviceCode", e.target.value);
        start(async () => {
          await props.action(props.slug, IDLE, data);
        });
      }}
      className="w-full max-w-xs rounded-md bg-white px-2 py-1.5 text-sm ring-1 ring-zinc-300"
    >
      {!props.quotes.some((q) => q.serviceCode === props.value) && <option value="">—</option>}
      {props.quotes.map((q) => (
        <option key={q.serviceCode} value={q.serviceCode}>
          {q.serviceName} · {q.total} · {q.deliveryText}
          {q.trackingNote ? ` · ${q.trackingNote}` : ""}
        </option>
      ))}
    </select>
  );
}
