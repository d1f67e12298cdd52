-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateEnum
CREATE TYPE "Units" AS ENUM ('METRIC', 'IMPERIAL');

-- CreateEnum
CREATE TYPE "LabelFormat" AS ENUM ('PDF_4X6', 'PDF_LETTER');

-- CreateEnum
CREATE TYPE "Packaging" AS ENUM ('BOX', 'ENVELOPE', 'TUBE', 'PAK');

-- AlterTable
ALTER TABLE "Business" ADD COLUMN     "accountNumber" TEXT,
ADD COLUMN     "businessNumber" TEXT,
ADD COLUMN     "creditLimitCents" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "email" TEXT,
ADD COLUMN     "gstHstNumber" TEXT,
ADD COLUMN     "internationalTaxIds" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "legalName" TEXT,
ADD COLUMN     "phone" TEXT,
ADD COLUMN     "qstNumber" TEXT;

-- CreateTable
CREATE TABLE "Location" (
    "id" TEXT NOT NULL,
    "businessId" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "contactName" TEXT NOT NULL,
    "company" TEXT,
    "phone" TEXT NOT NULL,
    "email" TEXT,
    "line1" TEXT NOT NULL,
    "line2" TEXT,
    "city" TEXT NOT NULL,
    "province" TEXT NOT NULL,
    "postalCode" TEXT NOT NULL,
    "country" TEXT NOT NULL DEFAULT 'CA',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Location_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contact" (
    "id" TEXT NOT NULL,
    "businessId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "company" TEXT,
    "line1" TEXT NOT NULL,
    "line2" TEXT,
    "city" TEXT NOT NULL,
    "province" TEXT,
    "postalCode" TEXT,
    "country" TEXT NOT NULL,
    "phone" TEXT,
    "email" TEXT,
    "notes" TEXT,
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "taxId" TEXT,
    "searchText" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Contact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ParcelTemplate" (
    "id" TEXT NOT NULL,
    "businessId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "packaging" "Packaging" NOT NULL,
    "lengthMm" INTEGER NOT NULL,
    "widthMm" INTEGER NOT NULL,
    "heightMm" INTEGER NOT NULL,
    "weightGrams" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ParcelTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BusinessSettings" (
    "businessId" TEXT NOT NULL,
    "defaultLocationId" TEXT,
    "defaultService" TEXT,
    "defaultOptions" JSONB NOT NULL DEFAULT '{}',
    "labelFormat" "LabelFormat" NOT NULL DEFAULT 'PDF_4X6',
    "notificationEmails" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "reference" TEXT,
    "units" "Units" NOT NULL DEFAULT 'METRIC',
    "locale" "Locale" NOT NULL DEFAULT 'en',
    "contactImportMapping" JSONB NOT NULL DEFAULT '{}',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BusinessSettings_pkey" PRIMARY KEY ("businessId")
);

-- CreateTable
CREATE TABLE "UserSettings" (
    "businessId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "defaultLocationId" TEXT,
    "defaultService" TEXT,
    "defaultOptions" JSONB,
    "labelFormat" "LabelFormat",
    "notificationEmails" JSONB,
    "reference" TEXT,
    "units" "Units",
    "locale" "Locale",
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "UserSettings_pkey" PRIMARY KEY ("businessId","userId")
);

-- CreateIndex
CREATE INDEX "Location_businessId_idx" ON "Location"("businessId");

-- CreateIndex
CREATE INDEX "Contact_businessId_name_idx" ON "Contact"("businessId", "name");

-- CreateIndex
CREATE INDEX "Contact_businessId_country_idx" ON "Contact"("businessId", "country");

-- CreateIndex
CREATE INDEX "Contact_searchText_idx" ON "Contact" USING GIN ("searchText" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Contact_tags_idx" ON "Contact" USING GIN ("tags");

-- CreateIndex
CREATE INDEX "ParcelTemplate_businessId_idx" ON "ParcelTemplate"("businessId");

-- AddForeignKey
ALTER TABLE "Location" ADD CONSTRAINT "Location_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParcelTemplate" ADD CONSTRAINT "ParcelTemplate_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BusinessSettings" ADD CONSTRAINT "BusinessSettings_defaultLocationId_fkey" FOREIGN KEY ("defaultLocationId") REFERENCES "Location"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BusinessSettings" ADD CONSTRAINT "BusinessSettings_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserSettings" ADD CONSTRAINT "UserSettings_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserSettings" ADD CONSTRAINT "UserSettings_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security for the new tenant tables (see 20261122000100_row_level_security).
ALTER TABLE "Location" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Location" FORCE ROW LEVEL SECURITY;
CREATE POLICY location_tenant ON "Location" USING ("businessId" = app_business_id()) WITH CHECK ("businessId" = app_business_id());

ALTER TABLE "Contact" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Contact" FORCE ROW LEVEL SECURITY;
CREATE POLICY contact_tenant ON "Contact" USING ("businessId" = app_business_id()) WITH CHECK ("businessId" = app_business_id());

ALTER TABLE "ParcelTemplate" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ParcelTemplate" FORCE ROW LEVEL SECURITY;
CREATE POLICY parcel_template_tenant ON "ParcelTemplate" USING ("businessId" = app_business_id()) WITH CHECK ("businessId" = app_business_id());

ALTER TABLE "BusinessSettings" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "BusinessSettings" FORCE ROW LEVEL SECURITY;
CREATE POLICY business_settings_tenant ON "BusinessSettings" USING ("businessId" = app_business_id()) WITH CHECK ("businessId" = app_business_id());

ALTER TABLE "UserSettings" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "UserSettings" FORCE ROW LEVEL SECURITY;
CREATE POLICY user_settings_tenant ON "UserSettings" USING ("businessId" = app_business_id()) WITH CHECK ("businessId" = app_business_id());
