/**
 * One webhook endpoint (owners and admins): its URL, events and status, the buttons to turn it on
 * or off, roll its secret and delete it, the form to change its URL, description and events, and its latest deliveries (event, status, response code,
 * time, attempts, each attempt in detail), each of which can be re-sent.
 */
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { requireActor } from "@/lib/tenancy/page";
import { can } from "@/lib/tenancy/roles";
import { getWebhookEndpoint, listWebhookDeliveries } from "@/lib/webhooks/endpoints";
import { deleteWebhookEndpointAction, setWebhookEndpointEnabledAction } from "../actions";
import { DeliveriesTable } from "@/components/developers/webhooks/deliveries-table";
import { WebhookEndpointForm } from "@/components/developers/webhooks/endpoint-form";
import { EndpointMode } from "@/components/developers/webhooks/endpoint-mode";
import { EndpointStatus } from "@/components/developers/webhooks/endpoint-status";
import { RollSecretButton } from "@/components/developers/webhooks/roll-secret-button";
import { ActionButton } from "@/components/forms/action-button";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("webhooks"))("title") };
}

export default async function WebhookEndpointPage({ params }: { params: Promise<{ business: string; id: string }> }) {
  const { business, id } = await params;
  const actor = await requireActor(business);
  if (!can(actor.role, "developers.manage")) notFound();
  const endpoint = await getWebhookEndpoint(actor, id);
  if (!endpoint) notFound();
  const deliveries = await listWebhookDeliveries(actor, endpoint.id);
  const t = await getTranslations("webhooks");
  const format = await getFormatter();
  return (
    <div className="space-y-6">
      <Link href={`/b/${actor.slug}/developers/webhooks`} className="text-sm text-brand-700 hover:underline">
        ← {t("detail.back")}
      </Link>
      <PageHeader title={<span className="break-all">{endpoint.url}</span>} description={endpoint.description ?? undefined} />
      {endpoint.disabledReason === "failing" && endpoint.disabledAt && <Alert tone="warning">{t("detail.disabledFailing", { date: format.dateTime(endpoint.disabledAt, "long") })}</Alert>}
      <Card>
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div className="space-y-2 text-sm">
            <div className="flex flex-wrap gap-2">
              <EndpointStatus enabled={endpoint.enabled} disabledReason={endpoint.disabledReason} />
              <EndpointMode mode={endpoint.mode} />
            </div>
            <p className="text-zinc-600">{endpoint.events.join(", ")}</p>
            <p className="text-zinc-600">{t("detail.secretHint", { hint: `…${endpoint.secretHint}` })}</p>
          </div>
          <div className="flex flex-wrap items-start gap-2">
            <ActionButton
              action={setWebhookEndpointEnabledAction}
              slug={actor.slug}
              fields={{ id: endpoint.id, enabled: endpoint.enabled ? "false" : "true" }}
              variant="secondary"
              label={endpoint.enabled ? t("detail.disable") : t("detail.enable")}
            />
            <RollSecretButton slug={actor.slug} id={endpoint.id} label={t("detail.roll")} confirm={t("detail.rollHelp")} />
            <ActionButton action={deleteWebhookEndpointAction} slug={actor.slug} fields={{ id: endpoint.id }} variant="danger" label={t("detail.delete")} confirm={t("detail.deleteHelp")} />
          </div>
        </div>
      </Card>
      <Card title={t("edit.title")}>
        <WebhookEndpointForm slug={actor.slug} endpoint={{ id: endpoint.id, url: endpoint.url, description: endpoint.description, events: endpoint.events, mode: endpoint.mode }} />
      </Card>
      <Card title={t("detail.deliveriesTitle")}>
        <DeliveriesTable slug={actor.slug} deliveries={deliveries} />
      </Card>
    </div>
  );
}
