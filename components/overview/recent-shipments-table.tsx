/** The overview's last shipments: recipient, service, tracking number and where the parcel is. */
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { formatDate } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/locales";
import type { recentShipments } from "@/lib/overview/recent-shipments";
import { serviceName } from "@/lib/rates/present";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";

type Row = Awaited<ReturnType<typeof recentShipments>>[number];

export async function RecentShipmentsTable({ slug, rows, locale }: { slug: string; rows: Row[]; locale: AppLocale }) {
  const t = await getTranslations("shipments");
  const tt = await getTranslations("tracking");
  const overview = await getTranslations("overview.recent");
  return (
    <DataTable
      label={overview("title")}
      empty={overview("empty")}
      rows={rows}
      rowKey={(s) => s.id}
      rowTestId={(s) => `recent-${s.trackingNumber}`}
      scroll
      columns={[
        {
          key: "recipient",
          header: t("recipient"),
          cell: (s) => (
            <>
              <div>{s.recipientName || s.recipientCompany}</div>
              <div className="text-xs text-zinc-600">{s.recipientCity}</div>
            </>
          ),
        },
        { key: "service", header: t("service"), cell: (s) => (s.serviceCode ? serviceName(s.serviceCode, locale) : "") },
        {
          key: "tracking",
          header: t("trackingNumber"),
          cell: (s) => (
            <Link href={`/b/${slug}/shipments/${s.id}`} className="font-mono text-xs text-brand-700 underline">
              {s.trackingNumber}
            </Link>
          ),
        },
        { key: "date", header: t("date"), cell: (s) => (s.labelledAt ? formatDate(s.labelledAt, locale, { month: "short", day: "numeric" }) : "") },
        {
          key: "status",
          header: t("status"),
          cell: (s) => (
            <Badge tone={s.status === "LABELLED" ? (s.trackingStatus === "EXCEPTION" || s.trackingStatus === "RETURNED" ? "amber" : "emerald") : "zinc"}>
              {s.status === "LABELLED" && s.trackingStatus ? tt(`statuses.${s.trackingStatus}`) : t(`statuses.${s.status}`)}
            </Badge>
          ),
        },
      ]}
    />
  );
}
