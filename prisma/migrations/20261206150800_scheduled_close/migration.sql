-- AlterTable
ALTER TABLE "Location" ADD COLUMN     "autoClosedOn" TEXT,
ADD COLUMN     "closeTime" TEXT;

-- AlterTable
ALTER TABLE "Shipment" ADD COLUMN     "transmitClaim" TEXT,
ADD COLUMN     "transmitClaimedAt" TIMESTAMP(3);

-- The scheduled close lists the locations with a close time, across businesses (ids and times
-- only), then closes each one's day inside its own business's context (lib/manifests/scheduled-close.ts).
CREATE POLICY location_scheduled_close_read ON "Location" FOR SELECT USING (
  current_setting('app.scheduled_close', true) = 'on' AND "closeTime" IS NOT NULL
);
