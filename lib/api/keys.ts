/**
 * API keys of a business: made by owners and admins, shown once, stored as a SHA-256 hash (a key
 * is 32 random bytes: a fast hash is the right one), named, scoped, revocable. Every change is in
 * the audit log.
 */
import { createHash, randomBytes } from "node:crypto";
import type { ApiKeyMode, ApiKeyScope } from "@/lib/db/generated/enums";
import { recordAudit } from "@/lib/audit/record";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/tenancy/actor";
import { readInTenant, withTenant } from "@/lib/tenancy/context";

export const API_KEY_PREFIX = { TEST: "envoi_test_", LIVE: "envoi_live_" } as const satisfies Record<ApiKeyMode, string>;
/** Characters of the secret part shown in lists after the prefix. */
const SHOWN = 4;

export function hashApiKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

/** A new key: its prefix says test or live; the rest is 32 random bytes in base64url. */
export function newApiKey(mode: ApiKeyMode): string {
  return API_KEY_PREFIX[mode] + randomBytes(32).toString("base64url");
}

/** What a list shows of a key ("envoi_live_Ab3d…"). */
export function shownPrefix(key: string): string {
  const mode = key.startsWith(API_KEY_PREFIX.TEST) ? API_KEY_PREFIX.TEST : API_KEY_PREFIX.LIVE;
  return key.slice(0, mode.length + SHOWN);
}

export interface ApiKeyInput {
  name: string;
  mode: ApiKeyMode;
  scope: ApiKeyScope;
}

/** Creates a key; the returned `secret` is the only time the key itself exists outside the caller's hands. */
export async function createApiKey(actor: Actor, input: ApiKeyInput): Promise<{ id: string; secret: string }> {
  const secret = newApiKey(input.mode);
  const key = await withTenant(actor, async (tx) => {
    const created = await tx.apiKey.create({
      data: { businessId: actor.businessId, name: input.name, mode: input.mode, scope: input.scope, prefix: shownPrefix(secret), hash: hashApiKey(secret), createdById: actor.userId },
      select: { id: true },
    });
    await recordAudit(tx, actor, { action: "apiKey.created", entityType: "ApiKey", entityId: created.id, details: { name: input.name, mode: input.mode, scope: input.scope } });
    return created;
  });
  return { id: key.id, secret };
}

/** Revokes a key at once: the next request with it gets 401. */
export async function revokeApiKey(actor: Actor, id: string): Promise<void> {
  await withTenant(actor, async (tx) => {
    const key = await tx.apiKey.findFirst({ where: { id, businessId: actor.businessId }, select: { id: true, name: true, revokedAt: true } });
    if (!key) throw new AppError("notFound");
    if (key.revokedAt) return;
    await tx.apiKey.update({ where: { id: key.id }, data: { revokedAt: new Date(), revokedById: actor.userId } });
    await recordAudit(tx, actor, { action: "apiKey.revoked", entityType: "ApiKey", entityId: key.id, details: { name: key.name } });
  });
}

export interface ApiKeyRow {
  id: string;
  name: string;
  mode: ApiKeyMode;
  scope: ApiKeyScope;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  createdBy: { name: string | null; email: string };
}

/** The business's keys, newest first (revoked ones too, marked). */
export function listApiKeys(actor: Actor): Promise<ApiKeyRow[]> {
  return readInTenant(actor, (db) =>
    db.apiKey.findMany({
      where: { businessId: actor.businessId },
      orderBy: { createdAt: "desc" },
      select: { id: true, name: true, mode: true, scope: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true, createdBy: { select: { name: true, email: true } } },
    }),
  );
}
