-- A request to the web services in one statement (lib/api/authenticate.ts): until now a batched
-- transaction of four round trips (BEGIN, the app.api_key_hash setting, the lookup, COMMIT) on every
-- call, the checkout's rates included. This function makes the setting and runs the same lookup in
-- the statement's own transaction. It runs as the caller (SECURITY INVOKER): row-level security
-- applies exactly as before, and the setting, local to that transaction, lets it see only the key
-- with that hash and its business.
--
-- Finds the key by its hash, counts the request against the key's limit (a fixed window of
-- window_seconds in "RateLimit", shared by every instance of the app) unless the key is revoked,
-- and notes when the key was last used (at most once a minute). No row: no such key.
CREATE FUNCTION api_key_use(key_hash text, window_seconds integer)
RETURNS TABLE (
  "id" text, "name" text, "businessId" text, "slug" text, "mode" text, "scope" text,
  "createdById" text, "revoked" boolean, "count" integer, "reset" integer
)
LANGUAGE plpgsql VOLATILE SECURITY INVOKER SET search_path = public, pg_temp
AS $fn$
#variable_conflict use_column
BEGIN
  PERFORM set_config('app.api_key_hash', key_hash, true);
  RETURN QUERY
    WITH k AS (
      SELECT a."id", a."name", a."businessId", a."mode", a."scope", a."createdById", a."revokedAt" IS NOT NULL AS revoked
      FROM "ApiKey" a WHERE a."hash" = key_hash
    ), counted AS (
      INSERT INTO "RateLimit" AS r ("key", "count", "windowEnd")
      SELECT 'api:' || k."id", 1, now() + make_interval(secs => window_seconds) FROM k WHERE NOT k.revoked
      ON CONFLICT ("key") DO UPDATE SET
        "count" = CASE WHEN r."windowEnd" <= now() THEN 1 ELSE r."count" + 1 END,
        "windowEnd" = CASE WHEN r."windowEnd" <= now() THEN now() + make_interval(secs => window_seconds) ELSE r."windowEnd" END
      RETURNING r."count", CEIL(EXTRACT(EPOCH FROM (r."windowEnd" - now())))::integer AS reset
    ), used AS (
      -- A data-modifying WITH runs whether or not the query reads it.
      UPDATE "ApiKey" u SET "lastUsedAt" = now()
      WHERE u."hash" = key_hash AND u."revokedAt" IS NULL AND (u."lastUsedAt" IS NULL OR u."lastUsedAt" < now() - interval '1 minute')
      RETURNING u."id"
    )
    SELECT k."id", k."name", k."businessId", b."slug", k."mode"::text, k."scope"::text, k."createdById", k.revoked,
      (SELECT c."count" FROM counted c), (SELECT c.reset FROM counted c)
    FROM k JOIN "Business" b ON b."id" = k."businessId";
END
$fn$;
