import { Prisma } from "@/lib/db/generated/client";
import { readInTenant, type TenantContext } from "@/lib/tenancy/context";
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

/** An entry as the statement reads it: its own columns, then who acted and what it names. */
interface Row extends Omit<AuditEntry, "actor" | "description"> {
  actorName: string | null;
  actorEmail: string | null;
  /** For an entry about a membership, the member's email (older entries stored only their user id). */
  subjectEmail: string | null;
  /** The object the entry names as it is now (see AuditTarget), null when it is gone or has no page. */
  target: AuditTarget | null;
}

/**
 * The business's audit log, newest first, each entry with its sentence. Tenant-scoped.
 *
 * One statement: the entries with who acted and the objects they name as they are now (a batch's
 * number, a shipment's tracking number, a contact's name...), each looked up by its primary key in
 * the business. The overview shows the last entries on every visit, and reading the names
 * afterwards took a second transaction of three to eight statements.
 */
export async function listAudit(ctx: TenantContext & { slug: string }, opts: { take?: number } = {}): Promise<AuditEntry[]> {
  const rows = await readInTenant(ctx, (db) =>
    db.$queryRaw<Row[]>(Prisma.sql`
      SELECT a.id, a."createdAt", a.action, a."entityType", a."entityId", a.details,
             actor.name AS "actorName", actor.email AS "actorEmail", subject.email AS "subjectEmail",
             CASE a."entityType"
               WHEN 'Batch' THEN (SELECT jsonb_build_object('number', b.number::text) FROM "Batch" b WHERE b.id = a."entityId" AND b."businessId" = a."businessId")
               WHEN 'Shipment' THEN (
                 SELECT jsonb_build_object('trackingNumber', coalesce(s."trackingNumber", ''), 'name', coalesce(nullif(s."recipientName", ''), s."recipientCompany", ''), 'batchNumber', sb.number::text)
                   FROM "Shipment" s JOIN "Batch" sb ON sb.id = s."batchId"
                  WHERE s.id = a."entityId" AND s."businessId" = a."businessId")
               WHEN 'Pickup' THEN (SELECT jsonb_build_object('number', p."confirmationNumber") FROM "Pickup" p WHERE p.id = a."entityId" AND p."businessId" = a."businessId")
               WHEN 'Contact' THEN (SELECT jsonb_build_object('name', coalesce(nullif(c.name, ''), c.company, '')) FROM "Contact" c WHERE c.id = a."entityId" AND c."businessId" = a."businessId")
               WHEN 'Invitation' THEN (SELECT jsonb_build_object('name', i.email) FROM "Invitation" i WHERE i.id = a."entityId" AND i."businessId" = a."businessId")
               WHEN 'Invoice' THEN (SELECT jsonb_build_object('number', v.number::text) FROM "Invoice" v WHERE v.id = a."entityId" AND v."businessId" = a."businessId")
             END AS target
        FROM "AuditLog" a
        LEFT JOIN "User" actor ON actor.id = a."userId"
        LEFT JOIN "User" subject ON a."entityType" = 'Membership' AND jsonb_typeof(a.details -> 'userId') = 'string' AND subject.id = a.details ->> 'userId'
       WHERE a."businessId" = ${ctx.businessId}
       ORDER BY a."createdAt" DESC, a.id DESC
       LIMIT ${opts.take ?? 200}`),
  );
  return rows.map((r) => {
    const target = r.target ?? (r.subjectEmail ? { name: r.subjectEmail } : null);
    return {
      id: r.id,
      createdAt: r.createdAt,
      action: r.action,
      entityType: r.entityType,
      entityId: r.entityId,
      details: r.details,
      actor: r.actorEmail ? { name: r.actorName, email: r.actorEmail } : null,
      description: describeAudit({ ...r, target }, ctx.slug),
    };
  });
}
