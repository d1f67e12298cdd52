-- CreateEnum
CREATE TYPE "ApiKeyMode" AS ENUM ('TEST', 'LIVE');

-- CreateEnum
CREATE TYPE "ApiKeyScope" AS ENUM ('FULL', 'READ', 'RATES');

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" TEXT NOT NULL,
    "businessId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "mode" "ApiKeyMode" NOT NULL,
    "scope" "ApiKeyScope" NOT NULL,
    "prefix" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "revokedById" TEXT,

    CONSTRAINT "ApiKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiIdempotency" (
    "id" TEXT NOT NULL,
    "businessId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "requestHash" TEXT NOT NULL,
    "status" INTEGER,
    "body" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApiIdempotency_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiRequest" (
    "id" TEXT NOT NULL,
    "businessId" TEXT NOT NULL,
    "apiKeyId" TEXT NOT NULL,
    "method" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "status" INTEGER NOT NULL,
    "durationMs" INTEGER NOT NULL,
    "errorCode" TEXT,
    "idempotencyKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApiRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_hash_key" ON "ApiKey"("hash");

-- CreateIndex
CREATE INDEX "ApiKey_businessId_createdAt_idx" ON "ApiKey"("businessId", "createdAt");

-- CreateIndex
CREATE INDEX "ApiIdempotency_createdAt_idx" ON "ApiIdempotency"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ApiIdempotency_businessId_key_key" ON "ApiIdempotency"("businessId", "key");

-- CreateIndex
CREATE INDEX "ApiRequest_businessId_createdAt_idx" ON "ApiRequest"("businessId", "createdAt");

-- AddForeignKey
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiIdempotency" ADD CONSTRAINT "ApiIdempotency_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiRequest" ADD CONSTRAINT "ApiRequest_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security: a business sees only its own keys, idempotency records and request log.
-- A request to the web services finds its key by the key's hash before it knows the business:
-- the setting app.api_key_hash lets that one transaction see (and mark used) the one key with
-- that hash, and nothing else (lib/api/authenticate.ts).
CREATE FUNCTION app_api_key_hash() RETURNS text LANGUAGE sql STABLE
  AS $$ SELECT NULLIF(current_setting('app.api_key_hash', true), '') $$;

ALTER TABLE "ApiKey" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ApiKey" FORCE ROW LEVEL SECURITY;
CREATE POLICY api_key_read ON "ApiKey" FOR SELECT USING ("businessId" = app_business_id() OR "hash" = app_api_key_hash());
CREATE POLICY api_key_insert ON "ApiKey" FOR INSERT WITH CHECK ("businessId" = app_business_id());
CREATE POLICY api_key_update ON "ApiKey" FOR UPDATE USING ("businessId" = app_business_id() OR "hash" = app_api_key_hash()) WITH CHECK ("businessId" = app_business_id() OR "hash" = app_api_key_hash());
CREATE POLICY api_key_delete ON "ApiKey" FOR DELETE USING ("businessId" = app_business_id());

ALTER TABLE "ApiIdempotency" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ApiIdempotency" FORCE ROW LEVEL SECURITY;
CREATE POLICY api_idempotency_tenant ON "ApiIdempotency" USING ("businessId" = app_business_id()) WITH CHECK ("businessId" = app_business_id());

ALTER TABLE "ApiRequest" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ApiRequest" FORCE ROW LEVEL SECURITY;
CREATE POLICY api_request_tenant ON "ApiRequest" USING ("businessId" = app_business_id()) WITH CHECK ("businessId" = app_business_id());
-- ...and the business that key belongs to.
CREATE POLICY business_read_by_api_key ON "Business" FOR SELECT USING (
  "id" IN (SELECT "businessId" FROM "ApiKey" WHERE "hash" = app_api_key_hash())
);
