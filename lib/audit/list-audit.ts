import type { Tx } from "@/lib/db/client";
import { withTenant, type TenantContext } from "@/lib/tenancy/context";
import { describeAudit, type AuditDescription, type AuditTarget } from "./describe";

export interface AuditEntry {
  id: string;
  createdAt: Date;
  action: string;
  entityType: string;
  entityId: string | null;
  details: unknown;
  actor: { name: string | null; email: string } | null;
  /** The sentence, its values and the page of the object it names (while that object exists). */
  description: AuditDescription;
}

type Row = { entityType: string; entityId: string | null; userId: string | null; details: unknown };

/** The business's audit log, newest first, each entry with its sentence. Tenant-scoped. */
export async function listAudit(ctx: TenantContext & { slug: string }, opts: { take?: number } = {}): Promise<AuditEntry[]> {
  return withTenant(ctx, async (tx) => {
    const rows = await tx.auditLog.findMany({
      where: { businessId: ctx.businessId },
      orderBy: { createdAt: "desc" },
      take: opts.take ?? 200,
    });
    const userIds = unique([...rows.map((r) => r.userId), ...rows.map((r) => subjectUserId(r))]);
    const users = await tx.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true, email: true } });
    const byId = new Map(users.map((u) => [u.id, u]));
    const targets = await loadTargets(tx, ctx.businessId, rows);
    return rows.map((r) => {
      const subject = subjectUserId(r);
      const target = targets.get(`${r.entityType}:${r.entityId}`) ?? (subject && byId.has(subject) ? { name: byId.get(subject)!.email } : null);
      return {
        id: r.id,
        createdAt: r.createdAt,
        action: r.action,
        entityType: r.entityType,
        entityId: r.entityId,
        details: r.details,
        actor: r.userId ? (byId.get(r.userId) ?? null) : null,
        description: describeAudit({ ...r, target }, ctx.slug),
      };
    });
  });
}

function unique(ids: (string | null | undefined)[]): string[] {
  return [...new Set(ids.filter((id): id is string => !!id))];
}

/** The member a membership entry is about (older entries stored only their user id). */
function subjectUserId(r: Row): string | null {
  const d = r.details as Record<string, unknown> | null;
  return r.entityType === "Membership" && d && typeof d.userId === "string" ? d.userId : null;
}

/** The objects the entries name, as they are now, keyed "Type:id"; a missing key means the object is gone. */
async function loadTargets(tx: Tx, businessId: string, rows: Row[]): Promise<Map<string, AuditTarget>> {
  const idsOf = (type: string) => unique(rows.filter((r) => r.entityType === type).map((r) => r.entityId));
  const out = new Map<string, AuditTarget>();
  const put = (type: string, id: string, target: AuditTarget) => out.set(`${type}:${id}`, target);
  for (const ids of chunks(idsOf("Batch"))) {
    for (const b of await tx.batch.findMany({ where: { businessId, id: { in: ids } }, select: { id: true, number: true } })) put("Batch", b.id, { number: String(b.number) });
  }
  for (const ids of chunks(idsOf("Shipment"))) {
    const found = await tx.shipment.findMany({
      where: { businessId, id: { in: ids } },
      select: { id: true, trackingNumber: true, recipientName: true, recipientCompany: true, batch: { select: { number: true } } },
    });
    for (const s of found) {
      put("Shipment", s.id, { trackingNumber: s.trackingNumber ?? "", name: s.recipientName || s.recipientCompany || "", batchNumber: String(s.batch.number) });
    }
  }
  for (const ids of chunks(idsOf("Pickup"))) {
    for (const p of await tx.pickup.findMany({ where: { businessId, id: { in: ids } }, select: { id: true, confirmationNumber: true } })) put("Pickup", p.id, { number: p.confirmationNumber });
  }
  for (const ids of chunks(idsOf("Contact"))) {
    for (const c of await tx.contact.findMany({ where: { businessId, id: { in: ids } }, select: { id: true, name: true, company: true } })) put("Contact", c.id, { name: c.name || c.company || "" });
  }
  for (const ids of chunks(idsOf("Invitation"))) {
    for (const i of await tx.invitation.findMany({ where: { businessId, id: { in: ids } }, select: { id: true, email: true } })) put("Invitation", i.id, { name: i.email });
  }
  for (const ids of chunks(idsOf("Invoice"))) {
    for (const i of await tx.invoice.findMany({ where: { businessId, id: { in: ids } }, select: { id: true, number: true } })) put("Invoice", i.id, { number: String(i.number) });
  }
  return out;
}

/** Ids in groups small enough for one query's parameters. */
function chunks(ids: string[], size = 5_000): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < ids.length; i += size) out.push(ids.slice(i, i + size));
  return out;
}
