import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import { effectiveDefaults } from "@/lib/settings/settings";
import { requireActor } from "@/lib/tenancy/page";
import { can } from "@/lib/tenancy/roles";
import { OrderImportWizard } from "@/components/batches/import/order-import-wizard";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("orders"))("title") };
}

/** Import a file of orders into batches: choose the file and its units, match its columns, check the rows, create the batches. */
export default async function ImportOrdersPage({ params }: { params: Promise<{ business: string }> }) {
  const actor = await requireActor((await params).business);
  const t = await getTranslations("orders");
  const canShip = can(actor.role, "shipments.create");
  return (
    <div className="space-y-6">
      <Link href={`/b/${actor.slug}/batches`} className="text-sm text-brand-700 underline">
        {t("back")}
      </Link>
      <PageHeader title={t("title")} description={t("intro")} />
      {canShip ? <OrderImportWizard slug={actor.slug} defaults={await effectiveDefaults(actor)} /> : <Alert tone="info">{t("readOnly")}</Alert>}
    </div>
  );
}
