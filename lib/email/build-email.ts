/** Builds a recorded email from current data, by kind (the send job calls this at each attempt). */
import type { EmailMessage } from "@/lib/db/generated/client";
import type { TenantContext } from "@/lib/tenancy/context";
import { buildDeliveryUpdateEmail } from "@/lib/tracking/delivery-update-message";
import { buildPickupEmail } from "@/lib/pickups/pickup-message";
import { buildLabelsEmail } from "./labels-message";
import type { OutgoingEmail } from "./transport";

export type BuiltEmail = Omit<OutgoingEmail, "to">;

export async function buildEmail(ctx: TenantContext, message: EmailMessage): Promise<BuiltEmail> {
  switch (message.kind) {
    case "LABELS":
      return buildLabelsEmail(ctx, message);
    case "DELIVERY_UPDATE":
      return buildDeliveryUpdateEmail(ctx, message);
    case "PICKUP":
      return buildPickupEmail(ctx, message);
  }
}
