-- CreateTable
CREATE TABLE "TrackingNumberKey" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "key" BYTEA NOT NULL,

    CONSTRAINT "TrackingNumberKey_pkey" PRIMARY KEY ("id")
);

-- One row (the app reads the row with id 1), 32 random bytes from PostgreSQL's strong random source (two version-4 UUIDs; 244 of the
-- 256 bits are random). Never changed: a new key could hand out a number already issued.
INSERT INTO "TrackingNumberKey" ("id", "key")
VALUES (1, decode(replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 'hex'));
REVOKE INSERT, UPDATE, DELETE ON "TrackingNumberKey" FROM envoi_app;
