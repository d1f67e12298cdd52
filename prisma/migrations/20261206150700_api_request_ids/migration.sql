-- AlterTable
ALTER TABLE "ApiRequest" ADD COLUMN     "requestId" TEXT;

-- CreateIndex
CREATE INDEX "ApiRequest_businessId_requestId_idx" ON "ApiRequest"("businessId", "requestId");
