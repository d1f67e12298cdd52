import type { Prisma, Tx } from "@/lib/db/client";
import type { TenantContext } from "@/lib/tenancy/context";

/**
 * Appends one entry to the business's audit log inside the mutation's own transaction, so the
 * log and the change commit or fail together. The app's database role can insert and read audit
 * rows but never update or delete them.
 */
export async function recordAudit(
  tx: Tx,
  ctx: TenantContext,
  entry: { action: string; entityType: string; entityId?: string | null; details?: Prisma.InputJsonValue },
) {
  // A change made through the web services names the key it came with.
  const details =
    ctx.apiKey && (entry.details === undefined || (typeof entry.details === "object" && entry.details !== null && !Array.isArray(entry.details)))
      ? { ...(entry.details as Record<string, Prisma.InputJsonValue> | undefined), apiKey: { id: ctx.apiKey.id, name: ctx.apiKey.name } }
      : entry.details;
  await tx.auditLog.create({
    data: {
      businessId: ctx.businessId,
      userId: ctx.userId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      details,
    },
  });
}
