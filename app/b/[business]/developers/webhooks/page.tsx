/**
 * Developers, Webhooks (owners and admins; the others get the page of a business they are not
 * in): the business's endpoints, the form to add one (its secret shown once), and how to check
 * signatures and what happens when deliveries fail.
 */
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { secretKeys } from "@/lib/carriers/accounts/accounts";
import { requireActor } from "@/lib/tenancy/page";
import { can } from "@/lib/tenancy/roles";
import { listWebhookEndpoints } from "@/lib/webhooks/endpoints";
import { WebhookEndpointForm } from "@/components/developers/webhooks/endpoint-form";
import { EndpointMode } from "@/components/developers/webhooks/endpoint-mode";
import { EndpointStatus } from "@/components/developers/webhooks/endpoint-status";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("webhooks"))("title") };
}

export default async function WebhooksPage({ params }: { params: Promise<{ business: string }> }) {
  const actor = await requireActor((await params).business);
  if (!can(actor.role, "developers.manage")) notFound();
  const t = await getTranslations("webhooks");
  const errors = await getTranslations("errors");
  const format = await getFormatter();
  const endpoints = await listWebhookEndpoints(actor);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("intro")} />
      {secretKeys().length === 0 && <Alert tone="warning">{errors("webhookSecretsMissing")}</Alert>}
      <Card title={t("endpointsTitle")}>
        <DataTable
          label={t("endpointsTitle")}
          rows={endpoints}
          rowKey={(e) => e.id}
          rowTestId={() => "webhook-endpoint"}
          empty={t("empty")}
          columns={[
            {
              key: "url",
              header: t("columns.url"),
              cell: (e) => (
                <div className="min-w-0">
                  <Link href={`/b/${actor.slug}/developers/webhooks/${e.id}`} className="break-all font-medium text-brand-700 hover:underline">
                    {e.url}
                  </Link>
                  {e.description && <p className="text-zinc-500">{e.description}</p>}
                </div>
              ),
            },
            { key: "events", header: t("columns.events"), cell: (e) => <span title={e.events.join(", ")}>{t("eventCount", { count: e.events.length })}</span> },
            { key: "mode", header: t("columns.mode"), cell: (e) => <EndpointMode mode={e.mode} /> },
            { key: "status", header: t("columns.status"), cell: (e) => <EndpointStatus enabled={e.enabled} disabledReason={e.disabledReason} /> },
            { key: "created", header: t("columns.created"), cell: (e) => format.dateTime(e.createdAt, "short") },
          ]}
        />
      </Card>
      <Card title={t("add.title")}>
        <WebhookEndpointForm slug={actor.slug} />
      </Card>
      <Card title={t("verify.title")}>
        <div className="space-y-2 text-sm text-zinc-700">
          <p>{t("verify.text")}</p>
          <p>{t("verify.retries")}</p>
        </div>
      </Card>
    </div>
  );
}
