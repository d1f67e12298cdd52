-- Row-level security: the database-side backstop of tenant isolation.
--
-- The application connects as a member of the role envoi_app, which neither owns the tables nor
-- has BYPASSRLS, so these policies always apply to it. Each transaction names its business with
-- set_config('app.business_id', <id>, true) (lib/tenancy/context.ts); without that setting a
-- tenant table shows no rows at all.

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'envoi_app') THEN
    CREATE ROLE envoi_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO envoi_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO envoi_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO envoi_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO envoi_app;
-- The migration history is not the application's business (the table is absent in a shadow
-- database built only to compare schemas).
DO $$
BEGIN
  IF to_regclass('public._prisma_migrations') IS NOT NULL THEN
    REVOKE ALL ON "_prisma_migrations" FROM envoi_app;
  END IF;
END
$$;
-- The audit log is append-only for the application.
REVOKE UPDATE, DELETE ON "AuditLog" FROM envoi_app;

CREATE FUNCTION app_business_id() RETURNS text LANGUAGE sql STABLE
  AS $$ SELECT NULLIF(current_setting('app.business_id', true), '') $$;
CREATE FUNCTION app_user_id() RETURNS text LANGUAGE sql STABLE
  AS $$ SELECT NULLIF(current_setting('app.user_id', true), '') $$;
CREATE FUNCTION app_invitation_token_hash() RETURNS text LANGUAGE sql STABLE
  AS $$ SELECT NULLIF(current_setting('app.invitation_token_hash', true), '') $$;

-- Business: the current business; also, read-only, the businesses the current user belongs to
-- (business switcher) and the one an invitation being opened points to.
ALTER TABLE "Business" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Business" FORCE ROW LEVEL SECURITY;
CREATE POLICY business_read ON "Business" FOR SELECT USING (
  "id" = app_business_id()
  OR "id" IN (SELECT "businessId" FROM "Membership" WHERE "userId" = app_user_id())
  OR "id" IN (SELECT "businessId" FROM "Invitation" WHERE "tokenHash" = app_invitation_token_hash())
);
CREATE POLICY business_insert ON "Business" FOR INSERT WITH CHECK ("id" = app_business_id());
CREATE POLICY business_update ON "Business" FOR UPDATE USING ("id" = app_business_id()) WITH CHECK ("id" = app_business_id());
CREATE POLICY business_delete ON "Business" FOR DELETE USING ("id" = app_business_id());

-- Membership: the current business's rows; a user also reads their own memberships elsewhere.
ALTER TABLE "Membership" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Membership" FORCE ROW LEVEL SECURITY;
CREATE POLICY membership_read ON "Membership" FOR SELECT USING (
  "businessId" = app_business_id() OR "userId" = app_user_id()
);
CREATE POLICY membership_insert ON "Membership" FOR INSERT WITH CHECK ("businessId" = app_business_id());
CREATE POLICY membership_update ON "Membership" FOR UPDATE USING ("businessId" = app_business_id()) WITH CHECK ("businessId" = app_business_id());
CREATE POLICY membership_delete ON "Membership" FOR DELETE USING ("businessId" = app_business_id());

-- Invitation: the current business's rows; the invitee reads the one whose token they hold.
ALTER TABLE "Invitation" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Invitation" FORCE ROW LEVEL SECURITY;
CREATE POLICY invitation_read ON "Invitation" FOR SELECT USING (
  "businessId" = app_business_id() OR "tokenHash" = app_invitation_token_hash()
);
CREATE POLICY invitation_insert ON "Invitation" FOR INSERT WITH CHECK ("businessId" = app_business_id());
CREATE POLICY invitation_update ON "Invitation" FOR UPDATE USING ("businessId" = app_business_id()) WITH CHECK ("businessId" = app_business_id());
CREATE POLICY invitation_delete ON "Invitation" FOR DELETE USING ("businessId" = app_business_id());

-- AuditLog: the current business only.
ALTER TABLE "AuditLog" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "AuditLog" FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_tenant ON "AuditLog" USING ("businessId" = app_business_id()) WITH CHECK ("businessId" = app_business_id());
