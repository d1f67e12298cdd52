/**
 * Developers (owners and admins; the others get the page of a business they are not in): the
 * business's API keys (create one, shown once; revoke), and the way to the webhooks, the request
 * log and the API reference.
 */
import Link from "next/link";
import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { notFound } from "next/navigation";
import { listApiKeys, type ApiKeyRow } from "@/lib/api/keys";
import { env } from "@/lib/env";
import { requireActor } from "@/lib/tenancy/page";
import { can } from "@/lib/tenancy/roles";
import { CreateKeyForm } from "@/components/developers/create-key-form";
import { ActionButton } from "@/components/forms/action-button";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { revokeApiKeyAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("developers"))("title") };
}

export default async function DevelopersPage({ params }: { params: Promise<{ business: string }> }) {
  const actor = await requireActor((await params).business);
  if (!can(actor.role, "developers.manage")) notFound();
  const t = await getTranslations("developers");
  const format = await getFormatter();
  const locale = await getLocale();
  const keys = await listApiKeys(actor);
  const base = `/b/${actor.slug}/developers`;
  const apiBase = `${env().APP_URL.replace(/\/$/, "")}/api/v1`;
  const links = [
    { href: `${base}/webhooks`, label: t("webhooks"), help: t("webhooksHelp") },
    { href: `${base}/logs`, label: t("logs"), help: t("logsHelp") },
    { href: "/api/v1/reference", label: t("reference"), help: t("referenceHelp") },
  ];
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("intro")} />
      <Card title={t("createTitle")} description={t("keysHelp")}>
        <CreateKeyForm slug={actor.slug} />
      </Card>
      <Card title={t("keysTitle")}>
        <DataTable
          label={t("keysTitle")}
          labelAs="caption"
          headers="caps"
          spacious
          scroll
          empty={t("noKeys")}
          rows={keys}
          rowKey={(k) => k.id}
          rowTestId={(k) => `api-key-${k.name}`}
          columns={[
            {
              key: "name",
              header: t("keyName"),
              cell: (k: ApiKeyRow) => (
                <>
                  <div className="font-medium">{k.name}</div>
                  <div className="font-mono text-xs text-zinc-500">{k.prefix}…</div>
                </>
              ),
            },
            { key: "mode", header: t("mode"), cell: (k) => <Badge tone={k.mode === "LIVE" ? "amber" : "zinc"}>{t(`modes.${k.mode}`)}</Badge> },
            { key: "scope", header: t("scope"), cell: (k) => t(`scopes.${k.scope}`) },
            { key: "createdBy", header: t("createdBy"), className: "text-zinc-600", cell: (k) => `${k.createdBy.name || k.createdBy.email} · ${format.dateTime(k.createdAt, "short")}` },
            { key: "lastUsed", header: t("lastUsed"), className: "text-zinc-600", cell: (k) => (k.lastUsedAt ? format.dateTime(k.lastUsedAt, "long") : t("never")) },
            { key: "status", header: t("status"), cell: (k) => (k.revokedAt ? t("revokedOn", { date: format.dateTime(k.revokedAt, "short") }) : t("active")) },
            {
              key: "actions",
              header: t("actions"),
              srOnlyHeader: true,
              align: "right",
              cell: (k) =>
                !k.revokedAt && (
                  <ActionButton action={revokeApiKeyAction} slug={actor.slug} fields={{ id: k.id }} label={t("revoke")} ariaLabel={t("revokeFor", { name: k.name })} confirm={t("confirmRevoke", { name: k.name })} />
                ),
            },
          ]}
        />
      </Card>
      <Card title={t("moreTitle")}>
        <ul className="grid gap-4 sm:grid-cols-3">
          {links.map((l) => (
            <li key={l.href} className="text-sm">
              <Link href={l.href} className="font-semibold text-brand-700 underline-offset-2 hover:underline">
                {l.label}
              </Link>
              <p className="mt-1 text-zinc-600">{l.help}</p>
            </li>
          ))}
        </ul>
        <p className="mt-4 text-sm text-zinc-600">
          {t("baseUrl")}: <code className="font-mono">{apiBase}</code> ·{" "}
          <a href={`/api/v1/openapi.json?lang=${locale}`} className="text-brand-700 underline-offset-2 hover:underline">
            {t("openApi")}
          </a>
        </p>
      </Card>
    </div>
  );
}
