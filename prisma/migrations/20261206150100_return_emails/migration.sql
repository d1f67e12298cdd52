-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "EmailKind" ADD VALUE 'RETURN';
ALTER TYPE "EmailKind" ADD VALUE 'RETURN_ARRIVED';

-- The customer's return label page (no sign-in): a transaction that set app.return_token_hash sees
-- the one return with that secret's hash, and the name and slug of its business; nothing else.
CREATE OR REPLACE FUNCTION app_return_token_hash() RETURNS text LANGUAGE sql STABLE AS $$
  SELECT NULLIF(current_setting('app.return_token_hash', true), '')
$$;
CREATE POLICY return_public_label_read ON "Return" FOR SELECT USING ("accessTokenHash" = app_return_token_hash());
CREATE POLICY business_read_by_return_token ON "Business" FOR SELECT USING (
  "id" IN (SELECT "businessId" FROM "Return" WHERE "accessTokenHash" = app_return_token_hash())
);

-- Return labels are charged at their first scan: the ledger entry names the return (once per type).
-- AlterTable
ALTER TABLE "AccountTransaction" ADD COLUMN     "returnId" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "AccountTransaction_returnId_type_key" ON "AccountTransaction"("returnId", "type");

-- AddForeignKey
ALTER TABLE "AccountTransaction" ADD CONSTRAINT "AccountTransaction_returnId_fkey" FOREIGN KEY ("returnId") REFERENCES "Return"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The tracking sweep lists the businesses with return labels still on their way back.
CREATE POLICY return_tracking_refresh_read ON "Return" FOR SELECT USING (
  current_setting('app.tracking_refresh', true) = 'on' AND "status" IN ('ISSUED', 'IN_TRANSIT')
);
