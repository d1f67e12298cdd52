"use client";

import { useTranslations } from "next-intl";
import { DRAFT_LIMITS } from "@/lib/forms/limits";
import { NOTIFICATION_EVENTS, MAX_NOTIFICATIONS, type Notification } from "@/lib/shipments/draft";
import { Button } from "@/components/ui/button";

function parse(value: string): Notification[] {
  try {
    const list = JSON.parse(value) as unknown;
    return Array.isArray(list) ? (list as Notification[]) : [];
  } catch {
    return [];
  }
}

/** Up to four email addresses, each with the delivery updates it wants. */
export function NotificationsEditor({ rowId, value, onChange, problems }: { rowId: string; value: string; onChange: (v: string) => void; problems: Record<string, string> }) {
  const t = useTranslations("batches");
  const list = parse(value);
  const set = (next: Notification[]) => onChange(JSON.stringify(next));
  return (
    <fieldset className="space-y-2">
      <legend className="mb-1 text-sm font-semibold">{t("notifications")}</legend>
      {list.map((n, i) => (
        <div key={i} className="flex flex-wrap items-center gap-3">
          <label className="sr-only" htmlFor={`${rowId}-notify-${i}`}>
            {t("notifyEmail", { n: i + 1 })}
          </label>
          <input
            id={`${rowId}-notify-${i}`}
            type="email"
            maxLength={DRAFT_LIMITS.notificationEmail}
            value={n.email}
            onChange={(e) => set(list.map((x, j) => (j === i ? { ...x, email: e.target.value } : x)))}
            className="w-64 rounded-md px-3 py-1.5 text-sm ring-1 ring-zinc-300"
          />
          {NOTIFICATION_EVENTS.map((ev) => (
            <label key={ev} className="flex items-center gap-1 text-sm">
              <input
                type="checkbox"
                checked={n.events.includes(ev)}
                onChange={(e) => set(list.map((x, j) => (j === i ? { ...x, events: e.target.checked ? [...x.events, ev] : x.events.filter((y) => y !== ev) } : x)))}
                className="size-4 rounded border-zinc-300"
              />
              {t(`events.${ev}`)}
            </label>
          ))}
          <Button variant="ghost" onClick={() => set(list.filter((_, j) => j !== i))} aria-label={t("removeNotification", { email: n.email || String(i + 1) })}>
            ×
          </Button>
          {problems[`notifications.${i}`] && <p className="w-full text-sm text-brand-700">{problems[`notifications.${i}`]}</p>}
        </div>
      ))}
      {list.length < MAX_NOTIFICATIONS && (
        <Button variant="secondary" onClick={() => set([...list, { email: "", events: [...NOTIFICATION_EVENTS] }])}>
          {t("addNotification")}
        </Button>
      )}
      {problems.notifications && <p className="text-sm text-brand-700">{problems.notifications}</p>}
    </fieldset>
  );
}
