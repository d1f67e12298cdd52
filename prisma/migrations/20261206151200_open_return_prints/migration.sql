-- AlterTable
ALTER TABLE "OpenReturnLabel" ADD COLUMN     "printId" TEXT;

-- CreateIndex
CREATE INDEX "OpenReturnLabel_openReturnId_printId_idx" ON "OpenReturnLabel"("openReturnId", "printId");

-- The tracking sweep lists the businesses with open return labels not yet scanned or not yet arrived.
CREATE POLICY open_return_label_tracking_refresh_read ON "OpenReturnLabel" FOR SELECT USING (
  current_setting('app.tracking_refresh', true) = 'on' AND "arrivedAt" IS NULL
);
