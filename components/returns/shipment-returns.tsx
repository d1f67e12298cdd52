import { getTranslations } from "@/lib/i18n/server";
import type { AppLocale } from "@/lib/i18n/locales";
import { formatMoney } from "@/lib/i18n/format";
import { returnableItems } from "@/lib/returns/items";
import { reasonLabel, returnReasons } from "@/lib/returns/reasons";
import { readInTenant } from "@/lib/tenancy/context";
import type { Actor } from "@/lib/tenancy/actor";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { CreateReturnForm } from "./create-return-form";

/** A shipment's returns (status, estimate, charge, label) and, for shippers, the form to create one. */
export async function ShipmentReturns({ actor, shipment, editable, locale }: { actor: Actor; shipment: { id: string; items: unknown; customs: unknown; recipientEmail: string | null; recipientCountry: string }; editable: boolean; locale: AppLocale }) {
  const t = await getTranslations("returns");
  const [returns, settings] = await Promise.all([
    readInTenant(actor, (db) =>
      db.return.findMany({
        where: { businessId: actor.businessId, shipmentId: shipment.id },
        orderBy: { createdAt: "desc" },
        select: { id: true, number: true, status: true, reason: true, trackingNumber: true, estimatedCents: true, chargedCents: true, createdAt: true },
      }),
    ),
    readInTenant(actor, (db) => db.businessSettings.findUnique({ where: { businessId: actor.businessId }, select: { returnReasons: true, locale: true } })),
  ]);
  const base = `/b/${actor.slug}/shipments/${shipment.id}/returns`;
  return (
    <Card title={t("shipment.title")}>
      <div className="space-y-6">
        <DataTable
          label={t("shipment.title")}
          empty={t("shipment.none")}
          rows={returns}
          rowKey={(r) => r.id}
          rowTestId={() => "shipment-return"}
          columns={[
            { key: "number", header: t("shipment.number"), className: "font-mono", cell: (r) => r.number },
            { key: "status", header: t("shipment.status"), cell: (r) => <Badge tone={r.status === "ARRIVED" ? "emerald" : r.status === "CANCELLED" || r.status === "REFUSED" ? "zinc" : "amber"}>{t(`status.${r.status}`)}</Badge> },
            { key: "reason", header: t("shipment.reason"), cell: (r) => reasonLabel(settings, r.reason, locale) },
            { key: "tracking", header: t("shipment.label"), className: "font-mono", cell: (r) => (r.trackingNumber && r.status !== "CANCELLED" ? <a href={`${base}/${r.id}/label`} className="text-brand-700 underline" target="_blank" rel="noopener">{r.trackingNumber}</a> : "") },
            { key: "estimate", header: t("shipment.estimate"), align: "right", cell: (r) => (r.estimatedCents === null ? "" : formatMoney(r.estimatedCents, locale)) },
            { key: "charged", header: t("shipment.charged"), align: "right", cell: (r) => (r.chargedCents === null ? "" : formatMoney(r.chargedCents, locale)) },
          ]}
        />
        <p className="text-xs text-zinc-500">{t("shipment.estimateHelp")}</p>
        {editable &&
          (shipment.recipientCountry === "CA" ? (
            <CreateReturnForm
              slug={actor.slug}
              shipmentId={shipment.id}
              items={returnableItems(shipment)}
              reasons={returnReasons(settings, locale)}
              defaultEmail={shipment.recipientEmail ?? ""}
              defaultLocale={settings?.locale ?? "en"}
            />
          ) : (
            <p className="text-sm text-zinc-600">{t("shipment.notDomestic")}</p>
          ))}
      </div>
    </Card>
  );
}
