-- AlterEnum
ALTER TYPE "PaymentMethod" ADD VALUE 'TEST';
