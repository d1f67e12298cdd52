/**
 * The request log (owners and admins): the business's web-service requests of the last 30 days,
 * newest first, filtered by key and to errors only, or found by the request id a developer quotes,
 * a page at a time.
 */
import Link from "next/link";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { notFound } from "next/navigation";
import { listApiKeys } from "@/lib/api/keys";
import { listApiRequests } from "@/lib/api/request-log";
import { ID_MAX } from "@/lib/forms/limits";
import { requireActor } from "@/lib/tenancy/page";
import { can } from "@/lib/tenancy/roles";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { controlClass } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("developers"))("logsTitle") };
}

const PAGE = 50;
type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (typeof v === "string" && v.length <= ID_MAX ? v : "");

export default async function RequestLogPage({ params, searchParams }: { params: Promise<{ business: string }>; searchParams: Promise<Search> }) {
  const actor = await requireActor((await params).business);
  if (!can(actor.role, "developers.manage")) notFound();
  const t = await getTranslations("developers");
  const format = await getFormatter();
  const search = await searchParams;
  const keys = await listApiKeys(actor);
  // A key of another business (or none) is simply no filter that matches.
  const key = one(search.key);
  const outcome = one(search.outcome) === "errors" ? "errors" : "all";
  const before = one(search.before);
  const requestId = one(search.request).trim();
  // A cursor that is no row of this business's log finds nothing (row-level security).
  const found = await listApiRequests(actor, { apiKeyId: key || undefined, requestId: requestId || undefined, outcome, before: before || undefined, take: PAGE });
  const rows = found.slice(0, PAGE);
  const more = found.length > PAGE;
  const names = new Map(keys.map((k) => [k.id, k.name]));
  const qs = (changes: Record<string, string>) => {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries({ key, request: requestId, outcome: outcome === "errors" ? "errors" : "", ...changes })) if (v) p.set(k, v);
    const s = p.toString();
    return s ? `?${s}` : "";
  };
  const base = `/b/${actor.slug}/developers`;
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("logsTitle")}
        description={t("logsIntro")}
        actions={
          <Link href={base} className={buttonClass("secondary")}>
            {t("back")}
          </Link>
        }
      />
      <Card>
        <form method="get" className="flex flex-wrap items-end gap-3" role="search" aria-label={t("filters")}>
          <label className="text-sm">
            <span className="block font-medium">{t("filterKey")}</span>
            <select name="key" defaultValue={key} className={`${controlClass} w-56`}>
              <option value="">{t("anyKey")}</option>
              {keys.map((k) => (
                <option key={k.id} value={k.id}>
                  {k.name} ({k.prefix}…)
                </option>
              ))}
            </select>
          </label>
          <label className="text-sm">
            <span className="block font-medium">{t("outcome")}</span>
            <select name="outcome" defaultValue={outcome} className={`${controlClass} w-48`}>
              <option value="all">{t("allRequests")}</option>
              <option value="errors">{t("errorsOnly")}</option>
            </select>
          </label>
          <label className="text-sm">
            <span className="block font-medium">{t("requestId")}</span>
            <input name="request" defaultValue={requestId} placeholder="req_…" maxLength={ID_MAX} className={`${controlClass} w-80 font-mono`} />
          </label>
          <button type="submit" className={buttonClass("primary")}>
            {t("apply")}
          </button>
        </form>
      </Card>
      <Card title={t("logsTitle")}>
        <DataTable
          label={t("logsTitle")}
          labelAs="caption"
          scroll
          empty={t("emptyLog")}
          rows={rows}
          rowKey={(r) => r.id}
          rowTestId={() => "api-request"}
          columns={[
            { key: "time", header: t("time"), className: "whitespace-nowrap text-zinc-600", cell: (r) => format.dateTime(r.createdAt, { dateStyle: "medium", timeStyle: "medium" }) },
            { key: "key", header: t("filterKey"), cell: (r) => names.get(r.apiKeyId) ?? t("unknownKey") },
            { key: "request", header: t("request"), cell: (r) => <code className="font-mono text-xs">{`${r.method} ${r.path}`}</code> },
            { key: "status", header: t("answer"), cell: (r) => <Badge tone={r.status >= 500 ? "brand" : r.status >= 400 ? "amber" : "emerald"}>{r.status}</Badge> },
            { key: "error", header: t("error"), className: "font-mono text-xs", cell: (r) => r.errorCode ?? "" },
            { key: "duration", header: t("duration"), align: "right", className: "text-zinc-600", cell: (r) => t("durationMs", { ms: r.durationMs }) },
            { key: "requestId", header: t("requestId"), className: "font-mono text-xs text-zinc-600", cell: (r) => r.requestId ?? "" },
          ]}
        />
        <nav className="mt-4 flex gap-3 text-sm" aria-label={t("logsTitle")}>
          {before && (
            <Link href={`${base}/logs${qs({})}`} className="text-brand-700 underline-offset-2 hover:underline">
              {t("newest")}
            </Link>
          )}
          {more && rows.length > 0 && (
            <Link href={`${base}/logs${qs({ before: rows[rows.length - 1]!.id })}`} className="text-brand-700 underline-offset-2 hover:underline">
              {t("older")}
            </Link>
          )}
        </nav>
      </Card>
    </div>
  );
}
