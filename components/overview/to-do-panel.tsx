/** "What to do now" on the overview: four short lists, each item a link to where it is done. */
import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "@/lib/i18n/server";
import { formatDate } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/locales";
import { PRINT_WINDOW_DAYS, type ShipperToDo } from "@/lib/overview/to-do";
import { Card } from "@/components/ui/card";

function Group(props: { id: string; title: string; count: number; empty: string; more?: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={`todo-${props.id}`} data-testid={`todo-${props.id}`} className="rounded-md p-3 ring-1 ring-zinc-200">
      <h3 id={`todo-${props.id}`} className="flex items-center justify-between gap-2 text-sm font-semibold text-zinc-900">
        {props.title}
        <span className="rounded-full bg-zinc-100 px-2 text-xs tabular-nums text-zinc-700">{props.count}</span>
      </h3>
      {props.count === 0 ? <p className="mt-2 text-sm text-zinc-600">{props.empty}</p> : <ul className="mt-2 space-y-1.5 text-sm">{props.children}</ul>}
      {props.more && <div className="mt-2 text-sm">{props.more}</div>}
    </section>
  );
}

const link = "font-medium text-brand-700 underline";

export async function ToDoPanel({ slug, todo, locale, canShip }: { slug: string; todo: ShipperToDo; locale: AppLocale; canShip: boolean }) {
  const t = await getTranslations("overview.toDo");
  const batches = await getTranslations("batches");
  const tracking = await getTranslations("tracking");
  const base = `/b/${slug}`;
  return (
    <Card title={t("title")}>
      <div className="grid gap-4 sm:grid-cols-2">
        <Group id="drafts" title={t("drafts")} count={todo.draftCount} empty={t("draftsEmpty")} more={todo.draftCount > todo.drafts.length && <Link className={link} href={`${base}/batches`}>{t("allBatches")}</Link>}>
          {todo.drafts.map((b) => (
            <li key={b.id}>
              <Link className={link} href={`${base}/batches/${b.id}`}>
                {batches("batchNumber", { number: b.number })}
              </Link>{" "}
              <span className="text-zinc-700">
                · {t("draftRows", { rows: b.rows })}
                {b.status === "PAYING" && ` · ${t("paying")}`}
              </span>
            </li>
          ))}
        </Group>
        <Group id="print" title={t("print")} count={todo.toPrint.length} empty={t("printEmpty", { days: PRINT_WINDOW_DAYS })}>
          {todo.toPrint.map((b) => (
            <li key={b.id}>
              <Link className={link} href={`${base}/batches/${b.id}`}>
                {batches("batchNumber", { number: b.number })}
              </Link>{" "}
              <span className="text-zinc-700">· {b.labelledAt ? t("printLabels", { count: b.labels, date: formatDate(b.labelledAt, locale, { month: "short", day: "numeric" }) }) : t("printPreparing")}</span>
            </li>
          ))}
        </Group>
        <Group id="pickups" title={t("pickups")} count={todo.pickupsToday.length} empty={t("pickupsEmpty")} more={canShip && <Link className={link} href={`${base}/pickups/new`}>{t("bookPickup")}</Link>}>
          {todo.pickupsToday.map((p) => (
            <li key={p.id}>
              <Link className={`${link} font-mono`} href={`${base}/pickups/${p.id}`}>
                {p.confirmationNumber}
              </Link>{" "}
              <span className="text-zinc-700">· {t("pickupWhen", { ready: p.readyTime, closing: p.closingTime, address: `${p.line1}, ${p.city}` })}</span>
            </li>
          ))}
        </Group>
        <Group
          id="problems"
          title={t("problems")}
          count={todo.problemCount}
          empty={t("problemsEmpty")}
          more={
            todo.problemCount > todo.problems.length && (
              <span className="flex flex-wrap gap-x-4">
                <Link className={link} href={`${base}/shipments?status=EXCEPTION`}>
                  {t("seeExceptions")}
                </Link>
                <Link className={link} href={`${base}/shipments?status=RETURNED`}>
                  {t("seeReturns")}
                </Link>
              </span>
            )
          }
        >
          {todo.problems.map((s) => (
            <li key={s.id}>
              <Link className={`${link} font-mono text-xs`} href={`${base}/shipments/${s.id}`}>
                {s.trackingNumber}
              </Link>{" "}
              <span className="text-zinc-700">
                · {s.recipientName || s.recipientCompany}, {s.recipientCity} · {s.trackingStatus && tracking(`statuses.${s.trackingStatus}`)}
              </span>
            </li>
          ))}
        </Group>
      </div>
    </Card>
  );
}
