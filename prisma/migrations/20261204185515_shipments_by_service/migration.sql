-- CreateIndex
CREATE INDEX "Shipment_businessId_serviceCode_labelledAt_idx" ON "Shipment"("businessId", "serviceCode", "labelledAt");
