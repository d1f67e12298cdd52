import { issueReturn, requestReturn } from "@/lib/returns/issue";
import type { TestBusiness } from "../fixtures";

/** A customer's return request waiting for approval and an issued return label, on one issued shipment of `business`. */
export async function returnTargets(business: TestBusiness, labelledShipmentId: string): Promise<{ requestedReturnId: string; issuedReturnId: string }> {
  const ctx = { businessId: business.id, userId: business.owner.id };
  return {
    requestedReturnId: (await requestReturn(ctx, { shipmentId: labelledShipmentId, reason: "damaged", customerEmail: "customer@example.com", source: "customer" })).id,
    issuedReturnId: (await issueReturn(ctx, { shipmentId: labelledShipmentId, reason: "damaged", customerEmail: null, source: "business" })).id,
  };
}
