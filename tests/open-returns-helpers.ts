/** Set-up for the open return tests: a template of the business on the reference carrier. */
import { connectorFor } from "@/lib/carriers/registry";
import { createOpenReturnFor } from "@/lib/open-returns/templates";
import type { OpenReturnInput } from "@/lib/open-returns/schemas";
import { withTenant, type TenantContext } from "@/lib/tenancy/context";
import { createOpenReturn } from "@/lib/open-returns/issue";
import { openReturnLabelOf } from "@/lib/labels/open-return-label";

export const PARCEL = { serviceCode: "DOM.EP", lengthMm: 300, widthMm: 200, heightMm: 100, weightGrams: 1000 } as const;

/** A template made the way the page makes it (the business's primary connector). */
export async function openReturnOf(ctx: TenantContext, locationId: string, maxUses = 10): Promise<{ id: string; estimatedCents: number }> {
  const input: OpenReturnInput = { locationId, maxUses, ...PARCEL };
  return createOpenReturnFor(ctx, input);
}

/** A template on the reference carrier whatever the business's carrier is (the cross-tenant targets, made after a Canada Post account). */
export async function referenceOpenReturn(business: { id: string }): Promise<string> {
  const ctx = { businessId: business.id, userId: null };
  const connector = await connectorFor(ctx, "reference");
  const { trackingNumber: _n, ...label } = openReturnLabelOf(
    {
      serviceCode: "DOM.EP",
      serviceName: { en: "Expedited Parcel", fr: "Colis accélérés" },
      sender: { name: "", line1: "", city: "", country: "CA" },
      recipient: { name: "Owner", line1: "111 Wellington St", city: "Ottawa", province: "ON", postalCode: "K1A 0A9", country: "CA" },
      options: { signature: false, coverageCents: 0, codCents: 0, proofOfAge: null, cardForPickup: false, doNotSafeDrop: false, leaveAtDoor: false, deliverToPostOffice: false },
      weightGrams: 1000,
      lengthMm: 300,
      widthMm: 200,
      heightMm: 100,
      mailingDate: "2026-12-06",
    },
    "",
  );
  void _n;
  const made = await withTenant(ctx, (tx) => createOpenReturn(tx, business.id, connector, { request: { reference: "target", label, maxUses: 5, format: "thermal4x6", locale: "en" }, locationId: null, estimatedCents: 1500, createdById: null }));
  if (!made.ok) throw new Error("open return target refused");
  return made.data.id;
}
