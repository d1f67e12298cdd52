/** Which builder makes each kind of email (the email job's table; each lives with its domain). */
import type { EmailBuilders } from "@/lib/email/types";
import { buildLabelsEmail } from "@/lib/email/labels-message";
import { buildPickupEmail } from "@/lib/pickups/pickup-message";
import { buildReceiptEmail } from "@/lib/purchases/receipt-email";
import { buildReturnApprovalNeededEmail, buildReturnRefusedEmail, buildReturnRequestedEmail } from "@/lib/returns/decision-emails";
import { buildReturnArrivedEmail, buildReturnEmail } from "@/lib/returns/emails";
import { buildDeliveryUpdateEmail } from "@/lib/tracking/delivery-update-message";
import { buildWebhookDisabledEmail } from "@/lib/webhooks/disabled-email";

export const EMAIL_BUILDERS: EmailBuilders = {
  LABELS: buildLabelsEmail,
  DELIVERY_UPDATE: buildDeliveryUpdateEmail,
  PICKUP: buildPickupEmail,
  RECEIPT: buildReceiptEmail,
  WEBHOOK_DISABLED: buildWebhookDisabledEmail,
  RETURN: buildReturnEmail,
  RETURN_ARRIVED: buildReturnArrivedEmail,
  RETURN_REQUESTED: buildReturnRequestedEmail,
  RETURN_APPROVAL_NEEDED: buildReturnApprovalNeededEmail,
  RETURN_REFUSED: buildReturnRefusedEmail,
};
