-- CreateEnum
CREATE TYPE "TrackingStatus" AS ENUM ('CREATED', 'IN_TRANSIT', 'OUT_FOR_DELIVERY', 'DELIVERED', 'READY_FOR_PICKUP', 'EXCEPTION', 'RETURNED');

-- CreateEnum
CREATE TYPE "EmailKind" AS ENUM ('LABELS', 'DELIVERY_UPDATE');

-- CreateEnum
CREATE TYPE "EmailStatus" AS ENUM ('QUEUED', 'SENT', 'FAILED');

-- AlterTable
ALTER TABLE "BusinessSettings" ADD COLUMN     "emailLabels" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "emailLabelsTo" TEXT;

-- AlterTable
ALTER TABLE "Shipment" ADD COLUMN     "deliveredAt" TIMESTAMP(3),
ADD COLUMN     "expectedDeliveryDate" TEXT,
ADD COLUMN     "signatory" TEXT,
ADD COLUMN     "trackedAt" TIMESTAMP(3),
ADD COLUMN     "trackingStatus" "TrackingStatus";

-- CreateTable
CREATE TABLE "TrackingEvent" (
    "id" TEXT NOT NULL,
    "businessId" TEXT NOT NULL,
    "shipmentId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "place" TEXT,
    "descriptionEn" TEXT NOT NULL,
    "descriptionFr" TEXT NOT NULL,
    "signatory" TEXT,
    "status" "TrackingStatus" NOT NULL,
    "notice" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrackingEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmailMessage" (
    "id" TEXT NOT NULL,
    "businessId" TEXT NOT NULL,
    "kind" "EmailKind" NOT NULL,
    "to" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "subject" TEXT,
    "status" "EmailStatus" NOT NULL DEFAULT 'QUEUED',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "sentAt" TIMESTAMP(3),
    "batchId" TEXT,
    "shipmentId" TEXT,
    "params" JSONB NOT NULL DEFAULT '{}',
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EmailMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeliveryNotice" (
    "id" TEXT NOT NULL,
    "businessId" TEXT NOT NULL,
    "shipmentId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "event" TEXT NOT NULL,
    "emailMessageId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeliveryNotice_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TrackingEvent_shipmentId_occurredAt_idx" ON "TrackingEvent"("shipmentId", "occurredAt");

-- CreateIndex
CREATE UNIQUE INDEX "TrackingEvent_shipmentId_code_occurredAt_key" ON "TrackingEvent"("shipmentId", "code", "occurredAt");

-- CreateIndex
CREATE INDEX "EmailMessage_businessId_createdAt_idx" ON "EmailMessage"("businessId", "createdAt");

-- CreateIndex
CREATE INDEX "EmailMessage_batchId_idx" ON "EmailMessage"("batchId");

-- CreateIndex
CREATE INDEX "EmailMessage_shipmentId_idx" ON "EmailMessage"("shipmentId");

-- CreateIndex
CREATE INDEX "EmailMessage_status_createdAt_idx" ON "EmailMessage"("status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "DeliveryNotice_emailMessageId_key" ON "DeliveryNotice"("emailMessageId");

-- CreateIndex
CREATE UNIQUE INDEX "DeliveryNotice_shipmentId_email_event_key" ON "DeliveryNotice"("shipmentId", "email", "event");

-- CreateIndex
CREATE INDEX "Shipment_trackingStatus_trackedAt_idx" ON "Shipment"("trackingStatus", "trackedAt");

-- AddForeignKey
ALTER TABLE "TrackingEvent" ADD CONSTRAINT "TrackingEvent_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrackingEvent" ADD CONSTRAINT "TrackingEvent_shipmentId_fkey" FOREIGN KEY ("shipmentId") REFERENCES "Shipment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmailMessage" ADD CONSTRAINT "EmailMessage_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmailMessage" ADD CONSTRAINT "EmailMessage_shipmentId_fkey" FOREIGN KEY ("shipmentId") REFERENCES "Shipment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeliveryNotice" ADD CONSTRAINT "DeliveryNotice_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeliveryNotice" ADD CONSTRAINT "DeliveryNotice_shipmentId_fkey" FOREIGN KEY ("shipmentId") REFERENCES "Shipment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeliveryNotice" ADD CONSTRAINT "DeliveryNotice_emailMessageId_fkey" FOREIGN KEY ("emailMessageId") REFERENCES "EmailMessage"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Row-level security: every new table belongs to one business.
ALTER TABLE "TrackingEvent" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "TrackingEvent" FORCE ROW LEVEL SECURITY;
CREATE POLICY tracking_event_tenant ON "TrackingEvent" USING ("businessId" = app_business_id()) WITH CHECK ("businessId" = app_business_id());

ALTER TABLE "EmailMessage" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "EmailMessage" FORCE ROW LEVEL SECURITY;
CREATE POLICY email_message_tenant ON "EmailMessage" USING ("businessId" = app_business_id()) WITH CHECK ("businessId" = app_business_id());

ALTER TABLE "DeliveryNotice" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "DeliveryNotice" FORCE ROW LEVEL SECURITY;
CREATE POLICY delivery_notice_tenant ON "DeliveryNotice" USING ("businessId" = app_business_id()) WITH CHECK ("businessId" = app_business_id());

-- The public tracking page (no sign-in): a transaction that sets app.tracking_number sees that one
-- issued shipment and its events, nothing else (lib/tracking/public.ts picks the fields shown).
CREATE POLICY shipment_public_tracking_read ON "Shipment" FOR SELECT USING (
  "trackingNumber" IS NOT NULL AND "trackingNumber" = current_setting('app.tracking_number', true)
);
CREATE POLICY tracking_event_public_read ON "TrackingEvent" FOR SELECT USING (
  EXISTS (SELECT 1 FROM "Shipment" s WHERE s."id" = "shipmentId" AND s."trackingNumber" IS NOT NULL
    AND s."trackingNumber" = current_setting('app.tracking_number', true))
);

-- The tracking refresh job lists the shipments still on their way, across businesses, then
-- refreshes each business's inside its own context (lib/tracking/refresh.ts).
CREATE POLICY shipment_tracking_refresh_read ON "Shipment" FOR SELECT USING (
  current_setting('app.tracking_refresh', true) = 'on' AND "trackingStatus" IS NOT NULL
  AND "trackingStatus" NOT IN ('DELIVERED', 'RETURNED') AND "voidedAt" IS NULL
);

-- The email sweep re-queues messages whose job was lost (lib/email/outbox.ts).
CREATE POLICY email_message_outbox_read ON "EmailMessage" FOR SELECT USING (
  current_setting('app.outbox', true) = 'on' AND "status" = 'QUEUED'
);

-- Issued shipments start tracking at CREATED.
UPDATE "Shipment" SET "trackingStatus" = 'CREATED', "expectedDeliveryDate" = "labelData"->'quote'->>'expectedDeliveryDate' WHERE "trackingNumber" IS NOT NULL AND "voidedAt" IS NULL;
