import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import { listAudit } from "@/lib/audit/list-audit";
import { requireActor } from "@/lib/tenancy/page";
import { can } from "@/lib/tenancy/roles";
import { AuditList } from "@/components/audit/audit-list";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("audit"))("title") };
}

export default async function AuditPage({ params }: { params: Promise<{ business: string }> }) {
  const actor = await requireActor((await params).business);
  const t = await getTranslations("audit");
  if (!can(actor.role, "audit.read")) return <Alert tone="warning">{t("noAccess")}</Alert>;
  const entries = await listAudit(actor, { take: 500 });
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        actions={
          <a href={`/b/${actor.slug}/audit/export`} className={buttonClass("secondary")} download>
            {t("export")}
          </a>
        }
      />
      <Card>
        <AuditList entries={entries} />
      </Card>
    </div>
  );
}
