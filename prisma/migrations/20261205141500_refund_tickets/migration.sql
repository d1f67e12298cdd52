-- AlterTable
ALTER TABLE "Shipment" ADD COLUMN     "refundTicket" TEXT,
ADD COLUMN     "refundTicketDate" TEXT;
