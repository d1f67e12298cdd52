/**
 * Who sends a request to the web services: its `Authorization: Bearer <key>` header against the
 * stored hashes. One batched transaction (it cannot expire half-way) finds the key by its hash (the
 * app.api_key_hash setting lets it see that one key, before the business is known), counts the
 * request against the key's limit and notes when the key was last used (at most once a minute).
 * A revoked key is refused at once: nothing is cached.
 */
import { db } from "@/lib/db/client";
import type { ApiKeyMode, ApiKeyScope, Role } from "@/lib/db/generated/enums";
import { busyAware } from "@/lib/server-busy";
import { CONNECTION_WAIT_MS, READ_BATCH_TIMEOUT_MS } from "@/lib/tenancy/context";
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
  const client = db();
  const [, rows] = await busyAware(() =>
    client.$transaction(
      [
        client.$executeRaw`SELECT set_config('app.api_key_hash', ${hash}, true)`,
        client.$queryRaw<KeyRow[]>`
          WITH k AS (
            SELECT "id", "name", "businessId", "mode", "scope", "createdById", "revokedAt" IS NOT NULL AS revoked
            FROM "ApiKey" WHERE "hash" = ${hash}
          ), counted AS (
            INSERT INTO "RateLimit" ("key", "count", "windowEnd")
            SELECT 'api:' || k."id", 1, now() + make_interval(secs => ${limit.windowSeconds}) FROM k WHERE NOT k.revoked
            ON CONFLICT ("key") DO UPDATE SET
              "count" = CASE WHEN "RateLimit"."windowEnd" <= now() THEN 1 ELSE "RateLimit"."count" + 1 END,
              "windowEnd" = CASE WHEN "RateLimit"."windowEnd" <= now()
                THEN now() + make_interval(secs => ${limit.windowSeconds}) ELSE "RateLimit"."windowEnd" END
            RETURNING "count", CEIL(EXTRACT(EPOCH FROM ("windowEnd" - now())))::int AS reset
          ), used AS (
            -- A data-modifying WITH runs whether or not the query reads it.
            UPDATE "ApiKey" SET "lastUsedAt" = now()
            WHERE "hash" = ${hash} AND "revokedAt" IS NULL AND ("lastUsedAt" IS NULL OR "lastUsedAt" < now() - interval '1 minute')
            RETURNING "id"
          )
          SELECT k."id", k."name", k."businessId", b."slug", k."mode"::text AS "mode", k."scope"::text AS "scope", k."createdById", k.revoked,
            (SELECT "count" FROM counted) AS "count", (SELECT reset FROM counted) AS "reset"
          FROM k JOIN "Business" b ON b."id" = k."businessId"`,
      ],
      { maxWait: CONNECTION_WAIT_MS, timeout: READ_BATCH_TIMEOUT_MS },
    ),
  );
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
