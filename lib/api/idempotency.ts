/**
 * Idempotency-Key on writes, as Stripe does it: the first request with a key runs and its answer
 * is stored; the same key with the same request gets that answer again (never a second label or
 * charge); the same key with a different request gets 409; a key whose first request is still
 * running gets 409 "in progress". Answers of 5xx and 429 are not kept, so a retry runs anew.
 * Keys are per business and kept for 24 hours.
 */
import { createHash } from "node:crypto";
import type { Prisma } from "@/lib/db/client";
import { readInTenant, withTenant, type TenantContext } from "@/lib/tenancy/context";
import { ApiError } from "./errors";

export const IDEMPOTENCY_KEY_MAX = 255;
export const IDEMPOTENCY_HOURS = 24;

export function requestHash(method: string, path: string, body: string): string {
  return createHash("sha256").update(`${method} ${path}\n${body}`, "utf8").digest("hex");
}

export type Claim = { kind: "new"; id: string } | { kind: "replay"; status: number; body: unknown };

/** Claims `key` for this request, or finds the stored answer to replay; throws the 409s. */
export async function claimIdempotencyKey(ctx: TenantContext, key: string, hash: string): Promise<Claim> {
  if (key.length > IDEMPOTENCY_KEY_MAX) throw new ApiError(400, "invalid_request_error", "idempotencyKeyTooLong", { max: IDEMPOTENCY_KEY_MAX }, "Idempotency-Key");
  const since = new Date(Date.now() - IDEMPOTENCY_HOURS * 3600_000);
  const claimed = await withTenant(ctx, async (tx) => {
    // The business's expired records (this key's among them) are forgotten first.
    await tx.apiIdempotency.deleteMany({ where: { businessId: ctx.businessId, createdAt: { lt: since } } });
    const rows = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO "ApiIdempotency" ("id", "businessId", "key", "requestHash")
      VALUES (${"idem_" + crypto.randomUUID()}, ${ctx.businessId}, ${key}, ${hash})
      ON CONFLICT ("businessId", "key") DO NOTHING RETURNING "id"`;
    return rows[0]?.id ?? null;
  });
  if (claimed) return { kind: "new", id: claimed };
  const existing = await readInTenant(ctx, (db) => db.apiIdempotency.findFirst({ where: { businessId: ctx.businessId, key }, select: { requestHash: true, status: true, body: true } }));
  if (!existing) return claimIdempotencyKey(ctx, key, hash);
  if (existing.requestHash !== hash) throw new ApiError(409, "idempotency_error", "idempotencyKeyReused", {}, "Idempotency-Key");
  if (existing.status === null) throw new ApiError(409, "idempotency_error", "idempotencyInProgress", {}, "Idempotency-Key", { "retry-after": "1" });
  return { kind: "replay", status: existing.status, body: existing.body };
}

/** Stores the answer of a claimed key, or lets the key go (5xx, 429: the client may retry). */
export async function settleIdempotencyKey(ctx: TenantContext, id: string, status: number, body: unknown): Promise<void> {
  await withTenant(ctx, async (tx) => {
    if (status >= 500 || status === 429) await tx.apiIdempotency.deleteMany({ where: { id, businessId: ctx.businessId } });
    else await tx.apiIdempotency.updateMany({ where: { id, businessId: ctx.businessId }, data: { status, body: body as Prisma.InputJsonValue } });
  });
}
