"use client";

import { useRef, useState, useTransition } from "react";
import { IDLE, type FormState } from "@/lib/forms/state";
import type { PresentedChoice } from "@/lib/rates/present";

function optionText(q: PresentedChoice) {
  return `${q.serviceName} · ${q.total} · ${q.deliveryText}${q.trackingNote ? ` · ${q.trackingNote}` : ""}`;
}

/**
 * One row's service, chosen among its quotes (each with its price and date, and "No tracking"
 * for a service Canada Post does not track). The page carries only the chosen one; the others
 * load when the list is about to open (pointer over it, a press, or the focus), once per pricing
 * of the row. The choice is saved
 * when it is made on purpose: a pick with the mouse or finger, Enter, or leaving the list; arrow
 * keys only move through the list, so browsing never changes a service. The list stays usable
 * (and keeps focus) while a choice is being saved.
 */
export function ServicePicker(props: {
  slug: string;
  batchId: string;
  shipmentId: string;
  /** The row's chosen service, and when the row was priced (a new pricing loads the list again). */
  chosen: PresentedChoice | null;
  ratedAt: string | null;
  value: string;
  label: string;
  id?: string;
  cell?: Record<string, string>;
  describedBy?: string;
  action: (slug: string, prev: FormState, data: FormData) => Promise<FormState>;
  onSaved?: (state: FormState) => void;
}) {
  const [pending, start] = useTransition();
  const [choice, setChoice] = useState<string | null>(null);
  const pointer = useRef(false);
  const shown = choice ?? props.value;
  const [loaded, setLoaded] = useState<{ ratedAt: string | null; services: PresentedChoice[] } | null>(null);
  const loading = useRef<string | null>(null);
  const [fetching, setFetching] = useState(false);
  const services = loaded && loaded.ratedAt === props.ratedAt ? loaded.services : null;
  const options = services ?? (props.chosen ? [props.chosen] : []);

  const load = () => {
    const key = props.ratedAt ?? "";
    if (services || loading.current === key) return;
    loading.current = key;
    setFetching(true);
    const url = `/b/${encodeURIComponent(props.slug)}/batches/${encodeURIComponent(props.batchId)}/services?row=${encodeURIComponent(props.shipmentId)}`;
    fetch(url, { headers: { accept: "application/json" } })
      .then((r) => (r.ok ? (r.json() as Promise<{ services: PresentedChoice[] }>) : null))
      .then((body) => {
        if (body) setLoaded({ ratedAt: props.ratedAt, services: body.services });
      })
      .catch(() => undefined)
      .finally(() => {
        if (loading.current === key) loading.current = null;
        setFetching(false);
      });
  };

  // The code being saved: Enter can arrive twice (keydown, and keyup after the browser's own list closed).
  const sending = useRef<string | null>(null);
  const commit = (code: string) => {
    if (code === sending.current) return;
    if (!code || code === props.value) {
      setChoice(null);
      return;
    }
    sending.current = code;
    const data = new FormData();
    data.set("batchId", props.batchId);
    data.set("shipmentId", props.shipmentId);
    data.set("serviceCode", code);
    start(async () => {
      const state = await props.action(props.slug, IDLE, data).finally(() => {
        sending.current = null;
      });
      setChoice(null);
      props.onSaved?.(state);
    });
  };

  return (
    <select
      id={props.id}
      aria-label={props.label}
      aria-busy={pending || fetching || undefined}
      aria-describedby={props.describedBy}
      value={shown}
      {...props.cell}
      onPointerEnter={load}
      onFocus={load}
      onPointerDown={() => {
        pointer.current = true;
        load();
      }}
      onKeyDown={(e) => {
        pointer.current = false;
        if (e.key === "Enter") {
          e.preventDefault();
          // The list's own value: a browser may move through a closed list without a change event yet.
          commit(e.currentTarget.value);
        }
      }}
      onKeyUp={(e) => {
        // An open list (Alt+Down, or a platform that opens it on the arrows) takes the keydown of Enter itself.
        if (e.key === "Enter") commit(e.currentTarget.value);
      }}
      onChange={(e) => {
        setChoice(e.target.value);
        // A pick with the pointer is deliberate; a keyboard change waits for Enter or leaving the list.
        if (pointer.current) commit(e.target.value);
      }}
      onBlur={(e) => {
        pointer.current = false;
        if (choice !== null || e.currentTarget.value !== props.value) commit(e.currentTarget.value);
      }}
      className="w-full min-w-48 rounded-md bg-white px-2 py-1.5 text-sm ring-1 ring-zinc-300 focus:ring-2 focus:ring-brand-700"
    >
      {!options.some((q) => q.serviceCode === shown) && <option value="">—</option>}
      {options.map((q) => (
        <option key={q.serviceCode} value={q.serviceCode}>
          {optionText(q)}
        </option>
      ))}
    </select>
  );
}
