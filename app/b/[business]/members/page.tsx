import type { Metadata } from "next";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import type { Role } from "@/lib/db/generated/enums";
import { listMembers } from "@/lib/members/list-members";
import { requireActor } from "@/lib/tenancy/page";
import { can, ROLES } from "@/lib/tenancy/roles";
import { InviteForm } from "@/components/members/invite-form";
import { leaveBusinessAction, revokeInvitationAction } from "./actions";
import { ActionButton } from "@/components/forms/action-button";
import { MemberRowActions } from "@/components/members/member-row-actions";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("members"))("title") };
}

export default async function MembersPage({ params }: { params: Promise<{ business: string }> }) {
  const actor = await requireActor((await params).business);
  const t = await getTranslations("members");
  const roles = await getTranslations("roles");
  const format = await getFormatter();
  const { members, invitations } = await listMembers(actor);
  const manages = can(actor.role, "members.manage");
  const isOwner = actor.role === "OWNER";
  const roleChoices: Role[] = isOwner ? [...ROLES] : ROLES.filter((r) => r !== "OWNER");
  type Member = (typeof members)[number];
  const nameOf = (m: Member) => m.user.name || m.user.email;
  // Nobody changes their own role here, and only an owner changes an owner's.
  const editable = (m: Member) => manages && m.userId !== actor.userId && (isOwner || m.role !== "OWNER");
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} />
      {manages && (
        <Card title={t("inviteTitle")} description={t("inviteHelp")}>
          <InviteForm slug={actor.slug} canInviteOwner={isOwner} />
        </Card>
      )}
      <Card title={t("membersTitle", { count: members.length })}>
        <DataTable
          label={t("membersTitle", { count: members.length })}
          labelAs="caption"
          headers="caps"
          spacious
          rows={members}
          rowKey={(m) => m.id}
          rowTestId={(m) => `member-${m.user.email}`}
          columns={[
            {
              key: "person",
              header: t("person"),
              cell: (m) => (
                <>
                  <div className="font-medium">
                    {nameOf(m)} {m.userId === actor.userId && <span className="text-zinc-500">({t("you")})</span>}
                  </div>
                  <div className="text-zinc-500">{m.user.email}</div>
                </>
              ),
            },
            { key: "role", header: t("role"), cell: (m) => <Badge>{roles(m.role)}</Badge> },
            { key: "since", header: t("since"), className: "text-zinc-600", cell: (m) => format.dateTime(m.createdAt, "short") },
            {
              key: "actions",
              header: t("actions"),
              srOnlyHeader: true,
              align: "right",
              cell: (m) => editable(m) && <MemberRowActions slug={actor.slug} membershipId={m.id} role={m.role} name={nameOf(m)} roleChoices={roleChoices} />,
            },
          ]}
        />
      </Card>
      {invitations.length > 0 && (
        <Card title={t("pendingTitle")}>
          <ul className="divide-y divide-zinc-100">
            {invitations.map((i) => (
              <li key={i.id} className="flex flex-wrap items-center justify-between gap-3 py-3 text-sm" data-testid={`invitation-${i.email}`}>
                <div>
                  <div className="font-medium">{i.email}</div>
                  <div className="text-zinc-500">
                    {roles(i.role)} · {t("expires", { date: format.dateTime(i.expiresAt, "short") })}
                  </div>
                </div>
                {manages && (
                  <ActionButton
                    action={revokeInvitationAction}
                    slug={actor.slug}
                    fields={{ invitationId: i.id }}
                    variant="ghost"
                    label={t("revoke")}
                    ariaLabel={t("revokeFor", { email: i.email })}
                  />
                )}
              </li>
            ))}
          </ul>
        </Card>
      )}
      <Card title={t("leaveTitle")} description={t("leaveHelp")}>
        <ActionButton
          action={leaveBusinessAction}
          slug={actor.slug}
          label={t("leave", { business: actor.businessName })}
          confirm={t("confirmLeave", { business: actor.businessName })}
          className="items-start"
        />
      </Card>
    </div>
  );
}
