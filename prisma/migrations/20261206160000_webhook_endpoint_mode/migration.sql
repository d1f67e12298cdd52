-- AlterTable
ALTER TABLE "WebhookEndpoint" ADD COLUMN     "mode" "ApiKeyMode" NOT NULL DEFAULT 'LIVE';
