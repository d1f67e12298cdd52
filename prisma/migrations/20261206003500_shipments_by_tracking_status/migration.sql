-- The overview's "delivery problems and returns": a business's shipments by where they are.
CREATE INDEX "Shipment_businessId_trackingStatus_idx" ON "Shipment"("businessId", "trackingStatus");
