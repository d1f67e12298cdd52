import { withTenant, type TenantContext } from "@/lib/tenancy/context";

export interface AuditEntry {
  id: string;
  createdAt: Date;
  action: string;
  entityType: string;
  entityId: string | null;
  details: unknown;
  actor: { name: string | null; email: string } | null;
}

/** The business's audit log, newest first. Tenant-scoped. */
export async function listAudit(ctx: TenantContext, opts: { take?: number } = {}): Promise<AuditEntry[]> {
  return withTenant(ctx, async (tx) => {
    const rows = await tx.auditLog.findMany({
      where: { businessId: ctx.businessId },
      orderBy: { createdAt: "desc" },
      take: opts.take ?? 200,
    });
    const userIds = [...new Set(rows.map((r) => r.userId).filter((id): id is string => !!id))];
    const users = await tx.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true, email: true } });
    const byId = new Map(users.map((u) => [u.id, u]));
    return rows.map((r) => ({
      id: r.id,
      createdAt: r.createdAt,
      action: r.action,
      entityType: r.entityType,
      entityId: r.entityId,
      details: r.details,
      actor: r.userId ? (byId.get(r.userId) ?? null) : null,
    }));
  });
}
