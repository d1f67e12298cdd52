import Link from "next/link";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { listAudit } from "@/lib/audit/list-audit";
import { listMembers } from "@/lib/members/list-members";
import { setupStatus } from "@/lib/businesses/setup-status";
import { requireActor } from "@/lib/tenancy/page";
import { can } from "@/lib/tenancy/roles";
import { AuditList } from "@/components/audit/audit-list";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";

export async function generateMetadata({ params }: { params: Promise<{ business: string }> }): Promise<Metadata> {
  const actor = await requireActor((await params).business);
  return { title: actor.businessName };
}

export default async function BusinessOverviewPage({ params }: { params: Promise<{ business: string }> }) {
  const actor = await requireActor((await params).business);
  const t = await getTranslations("overview");
  const roles = await getTranslations("roles");
  const format = await getFormatter();
  const [{ members, invitations }, setup] = await Promise.all([listMembers(actor), setupStatus(actor)]);
  const steps = [
    { key: "profile", done: setup.profileComplete, href: "settings" },
    { key: "locations", done: setup.locations > 0, href: "locations", count: setup.locations },
    { key: "contacts", done: setup.contacts > 0, href: "contacts", count: setup.contacts },
    { key: "templates", done: setup.templates > 0, href: "templates", count: setup.templates },
  ];
  const activity = can(actor.role, "audit.read") ? await listAudit(actor, { take: 8 }) : null;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">{actor.businessName}</h1>
        <Badge tone="brand">{roles(actor.role)}</Badge>
      </div>
      <p className="text-sm text-zinc-600">{t("roleHelp." + actor.role)}</p>
      <Card title={t("setupTitle")}>
        <ul className="grid gap-3 sm:grid-cols-2">
          {steps.map((step) => (
            <li key={step.key} className="flex items-start gap-3 text-sm">
              <span aria-hidden="true" className={step.done ? "text-emerald-600" : "text-zinc-400"}>
                {step.done ? "✓" : "○"}
              </span>
              <span>
                <Link href={`/b/${actor.slug}/${step.href}`} className="font-medium text-brand-700 hover:underline">
                  {t(`setup.${step.key}.title`)}
                </Link>
                <span className="block text-zinc-600">
                  {!step.done ? t(`setup.${step.key}.todo`) : step.count !== undefined ? t(`setup.${step.key}.count`, { count: step.count }) : t("setup.done")}
                </span>
              </span>
            </li>
          ))}
        </ul>
      </Card>
      <div className="grid gap-6 md:grid-cols-2">
        <Card title={t("team")} actions={<Link className="text-sm font-semibold text-brand-700 underline" href={`/b/${actor.slug}/members`}>{t("manageTeam")}</Link>}>
          <dl className="grid grid-cols-2 gap-4">
            <div>
              <dt className="text-sm text-zinc-500">{t("members")}</dt>
              <dd className="text-2xl font-semibold">{format.number(members.length)}</dd>
            </div>
            <div>
              <dt className="text-sm text-zinc-500">{t("pendingInvitations")}</dt>
              <dd className="text-2xl font-semibold">{format.number(invitations.length)}</dd>
            </div>
          </dl>
        </Card>
        {activity && (
          <Card title={t("recentActivity")} actions={<Link className="text-sm font-semibold text-brand-700 underline" href={`/b/${actor.slug}/audit`}>{t("allActivity")}</Link>}>
            <AuditList entries={activity} compact />
          </Card>
        )}
      </div>
    </div>
  );
}
