import type { Prisma, Tx } from "@/lib/db/client";
import { tenantReader, type TenantContext, type TenantRead } from "@/lib/tenancy/context";
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
  const read = tenantReader(ctx);
  const rows = await read((db) => db.auditLog.findMany({ where: { businessId: ctx.businessId }, orderBy: { createdAt: "desc" }, take: opts.take ?? 200 }));
  // Who acted and what the entries name, read together (one transaction: see readInTenant).
  const userIds = unique([...rows.map((r) => r.userId), ...rows.map((r) => subjectUserId(r))]);
  const [users, targets] = await Promise.all([
    read((db) => db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true, email: true } })),
    loadTargets(read, ctx.businessId, rows),
  ]);
  const byId = new Map(users.map((u) => [u.id, u]));
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
}

function unique(ids: (string | null | undefined)[]): string[] {
  return [...new Set(ids.filter((id): id is string => !!id))];
}

/** The member a membership entry is about (older entries stored only their user id). */
function subjectUserId(r: Row): string | null {
  const d = r.details as Record<string, unknown> | null;
  return r.entityType === "Membership" && d && typeof d.userId === "string" ? d.userId : null;
}

/** The objects the entries name, as they are now, keyed "Type:id"; a missing key means the object is gone. Asked at once. */
async function loadTargets(read: TenantRead, businessId: string, rows: Row[]): Promise<Map<string, AuditTarget>> {
  const idsOf = (type: string) => unique(rows.filter((r) => r.entityType === type).map((r) => r.entityId));
  const out = new Map<string, AuditTarget>();
  const put = (type: string, id: string, target: AuditTarget) => out.set(`${type}:${id}`, target);
  const reads: Promise<void>[] = [];
  const each = <T>(type: string, query: (ids: string[]) => (client: Tx) => Prisma.PrismaPromise<T[]>, target: (row: T) => [string, AuditTarget]) => {
    for (const ids of chunks(idsOf(type))) {
      reads.push(read(query(ids)).then((found) => found.forEach((row) => put(type, ...target(row)))));
    }
  };
  each("Batch", (ids) => (db) => db.batch.findMany({ where: { businessId, id: { in: ids } }, select: { id: true, number: true } }), (b) => [b.id, { number: String(b.number) }]);
  each(
    "Shipment",
    (ids) => (db) =>
      db.shipment.findMany({
        where: { businessId, id: { in: ids } },
        select: { id: true, trackingNumber: true, recipientName: true, recipientCompany: true, batch: { select: { number: true } } },
      }),
    (s) => [s.id, { trackingNumber: s.trackingNumber ?? "", name: s.recipientName || s.recipientCompany || "", batchNumber: String(s.batch.number) }],
  );
  each("Pickup", (ids) => (db) => db.pickup.findMany({ where: { businessId, id: { in: ids } }, select: { id: true, confirmationNumber: true } }), (p) => [p.id, { number: p.confirmationNumber }]);
  each("Contact", (ids) => (db) => db.contact.findMany({ where: { businessId, id: { in: ids } }, select: { id: true, name: true, company: true } }), (c) => [c.id, { name: c.name || c.company || "" }]);
  each("Invitation", (ids) => (db) => db.invitation.findMany({ where: { businessId, id: { in: ids } }, select: { id: true, email: true } }), (i) => [i.id, { name: i.email }]);
  each("Invoice", (ids) => (db) => db.invoice.findMany({ where: { businessId, id: { in: ids } }, select: { id: true, number: true } }), (i) => [i.id, { number: String(i.number) }]);
  await Promise.all(reads);
  return out;
}

/** Ids in groups small enough for one query's parameters. */
function chunks(ids: string[], size = 5_000): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < ids.length; i += size) out.push(ids.slice(i, i + size));
  return out;
}
