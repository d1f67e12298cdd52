/**
 * Who sends a request to the web services: its `Authorization: Bearer <key>` header against the
 * stored hashes. One statement, one round trip (the database function api_key_use, run as the app
 * under row-level security: its app.api_key_hash setting lets it see that one key, before the
 * business is known) finds the key by its hash, counts the request against the key's limit and
 * notes when the key was last used (at most once a minute). A revoked key is refused at once:
 * nothing is cached.
 */
import { db } from "@/lib/db/client";
import type { ApiKeyMode, ApiKeyScope, Role } from "@/lib/db/generated/enums";
import { busyAware } from "@/lib/server-busy";
import type { ApiActor } from "./actor";
import { ApiError } from "./errors";
import { hashApiKey } from "./keys";
import { apiRateLimit, rateLimitHeaders, type ApiRateLimit, type CountedRequest } from "./limits";

interface KeyRow {
  id: string;
  name: string;
  businessId: string;
  slug: string;
  mode: ApiKeyMode;
  scope: ApiKeyScope;
  createdById: string;
  revoked: boolean;
  count: number | null;
  reset: number | null;
}

/** The role a key's requests act with: full keys as an admin would, the others only read. */
const ROLE_OF_SCOPE: Record<ApiKeyScope, Role> = { FULL: "ADMIN", READ: "VIEWER", RATES: "VIEWER" };

const BEARER = /^Bearer\s+(\S+)\s*$/i;
/** Longer than any key we issue: not worth hashing. */
const MAX_KEY_LENGTH = 200;

export interface Authenticated {
  actor: ApiActor;
  limit: ApiRateLimit;
  counted: CountedRequest;
}

async function findAndCount(hash: string, limit: ApiRateLimit): Promise<KeyRow | undefined> {
  const rows = await busyAware(() => db().$queryRaw<KeyRow[]>`SELECT * FROM api_key_use(${hash}, ${limit.windowSeconds}::integer)`);
  return rows[0];
}

/** The request's key and business, or the ApiError to answer with (401, or 429 with Retry-After). */
export async function authenticate(authorization: string | null): Promise<Authenticated> {
  const key = BEARER.exec(authorization ?? "")?.[1];
  if (!key) throw new ApiError(401, "authentication_error", "missingKey");
  if (key.length > MAX_KEY_LENGTH) throw new ApiError(401, "authentication_error", "invalidKey");
  const limit = apiRateLimit();
  const row = await findAndCount(hashApiKey(key), limit);
  if (!row) throw new ApiError(401, "authentication_error", "invalidKey");
  if (row.revoked) throw new ApiError(401, "authentication_error", "revokedKey");
  const counted = { count: Number(row.count ?? 1), resetSeconds: Math.max(1, Number(row.reset ?? limit.windowSeconds)) };
  if (counted.count > limit.limit) {
    throw new ApiError(429, "rate_limit_error", "rateLimited", { seconds: counted.resetSeconds }, null, { ...rateLimitHeaders(limit, counted), "retry-after": String(counted.resetSeconds) });
  }
  const actor: ApiActor = {
    businessId: row.businessId,
    userId: row.createdById,
    role: ROLE_OF_SCOPE[row.scope],
    slug: row.slug,
    apiKey: { id: row.id, name: row.name, mode: row.mode, scope: row.scope },
  };
  return { actor, limit, counted };
}
