/** For the cross-tenant and role suites: a webhook endpoint of `business` with one delivered event. */
import { withTenant } from "@/lib/tenancy/context";
import { newEventId } from "@/lib/webhooks/emit";
import { newStoredSecret } from "@/lib/webhooks/secret-store";
import type { TestBusiness } from "../fixtures";

export async function webhookTargets(business: TestBusiness): Promise<{ webhookEndpointId: string; webhookDeliveryId: string }> {
  const ctx = { businessId: business.id, userId: null };
  return withTenant(ctx, async (tx) => {
    const endpoint = await tx.webhookEndpoint.create({ data: { businessId: business.id, url: "https://hooks.example.com/envoi", events: ["shipment.purchased"], ...newStoredSecret().stored }, select: { id: true } });
    const event = await tx.webhookEvent.create({ data: { id: newEventId(), businessId: business.id, type: "shipment.purchased", payload: { object: "event" } }, select: { id: true } });
    const delivery = await tx.webhookDelivery.create({
      data: { businessId: business.id, endpointId: endpoint.id, eventId: event.id, status: "SUCCEEDED", attempts: 1, lastStatusCode: 200, lastDurationMs: 12, deliveredAt: new Date() },
      select: { id: true },
    });
    return { webhookEndpointId: endpoint.id, webhookDeliveryId: delivery.id };
  });
}
