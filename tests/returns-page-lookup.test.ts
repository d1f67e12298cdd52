import { describe, expect, it } from "vitest";
import { resetRateLimit } from "@/lib/auth/rate-limit";
import { consumeReturnsLookup, lookupReturnableOrder, PUBLIC_RETURNS_LIMIT, submitPublicReturn } from "@/lib/returns-page/lookup";
import { unsafeWithPublicReturns, withTenant } from "@/lib/tenancy/context";
import { paidBatchOf, payingBusiness } from "./batch-helpers";

const MITTENS = [{ description: "Wool mittens, grey", sku: "MIT-GR-M", quantity: 2 }];

async function shop(label: string, order = "ORD-77") {
  const { actor } = await payingBusiness(label);
  const [shipment] = await paidBatchOf(actor, 1, (d) => ({ ...d, reference1: order, contents: MITTENS }));
  await withTenant(actor, (tx) => tx.shipment.update({ where: { id: shipment!.id }, data: { recipientEmail: "Zoe@Example.com", recipientPostalCode: "H2X 1Y4" } }));
  return { actor, shipment: shipment! };
}

describe("the public returns page's lookup", () => {
  it("finds the order by its email or its postal code typed any way, and nothing else", async () => {
    const { actor, shipment } = await shop("rp-match");
    const byEmail = await lookupReturnableOrder(actor.slug, " ORD-77 ", "zoe@example.COM ", "en");
    expect(byEmail).toMatchObject({ kind: "found", shipmentId: shipment.id });
    expect(await lookupReturnableOrder(actor.slug, "ORD-77", "h2x1y4", "fr")).toMatchObject({ kind: "found", shipmentId: shipment.id });
    expect(await lookupReturnableOrder(actor.slug, "ORD-77", "h2x-1Y4", "en")).toMatchObject({ kind: "found" });
    expect(await lookupReturnableOrder(actor.slug, "ORD-77", "other@example.com", "en")).toEqual({ kind: "noMatch" });
    expect(await lookupReturnableOrder(actor.slug, "ORD-78", "zoe@example.com", "en")).toEqual({ kind: "noMatch" });
  });

  it("answers the same for another business's order with its right email, and for a voided one", async () => {
    const mine = await shop("rp-mine", "ORD-1");
    const theirs = await shop("rp-theirs", "ORD-2");
    expect(await lookupReturnableOrder(mine.actor.slug, "ORD-2", "zoe@example.com", "en")).toEqual({ kind: "noMatch" });
    await withTenant(theirs.actor, (tx) => tx.shipment.update({ where: { id: theirs.shipment.id }, data: { voidedAt: new Date() } }));
    expect(await lookupReturnableOrder(theirs.actor.slug, "ORD-2", "zoe@example.com", "en")).toEqual({ kind: "noMatch" });
  });

  it("says the window has passed only after the order and the email matched, counting from delivery", async () => {
    const { actor, shipment } = await shop("rp-window");
    const delivered = new Date("2026-11-01T12:00:00Z");
    await withTenant(actor, (tx) => tx.shipment.update({ where: { id: shipment.id }, data: { deliveredAt: delivered } }));
    const day = 86_400_000;
    expect(await lookupReturnableOrder(actor.slug, "ORD-77", "zoe@example.com", "en", new Date(delivered.getTime() + 30 * day))).toMatchObject({ kind: "found" });
    expect(await lookupReturnableOrder(actor.slug, "ORD-77", "zoe@example.com", "en", new Date(delivered.getTime() + 30 * day + 1000))).toEqual({ kind: "windowPassed", windowDays: 30 });
    expect(await lookupReturnableOrder(actor.slug, "ORD-77", "nope@example.com", "en", new Date(delivered.getTime() + 90 * day))).toEqual({ kind: "noMatch" });
  });

  it("is off when the business turned its page off", async () => {
    const { actor } = await shop("rp-off");
    await withTenant(actor, (tx) => tx.businessSettings.upsert({ where: { businessId: actor.businessId }, update: { returnsPageEnabled: false }, create: { businessId: actor.businessId, returnsPageEnabled: false } }));
    expect(await lookupReturnableOrder(actor.slug, "ORD-77", "zoe@example.com", "en")).toEqual({ kind: "off" });
  });

  it("issues the label for a match, or records a request when returns need approval", async () => {
    const { actor } = await shop("rp-submit");
    const issued = await submitPublicReturn(actor.slug, { orderNumber: "ORD-77", contact: "H2X1Y4", items: [{ description: "Wool mittens, grey", sku: "MIT-GR-M", quantity: 1 }], reason: "wrongSize", locale: "fr" });
    expect(issued).toMatchObject({ kind: "issued", number: expect.stringMatching(/^R-/) });
    await withTenant(actor, (tx) => tx.businessSettings.upsert({ where: { businessId: actor.businessId }, update: { returnsNeedApproval: true }, create: { businessId: actor.businessId, returnsNeedApproval: true } }));
    const requested = await submitPublicReturn(actor.slug, { orderNumber: "ORD-77", contact: "zoe@example.com", items: [], reason: "damaged", locale: "en" });
    expect(requested).toMatchObject({ kind: "requested" });
    const rows = await withTenant(actor, (tx) => tx.return.findMany({ where: { businessId: actor.businessId }, orderBy: { createdAt: "asc" } }));
    expect(rows.map((r) => [r.status, r.source, r.customerEmail, r.locale])).toEqual([["ISSUED", "customer", "zoe@example.com", "fr"], ["REQUESTED", "customer", "zoe@example.com", "en"]]);
    expect(await submitPublicReturn(actor.slug, { orderNumber: "ORD-77", contact: "x@example.com", items: [], reason: "damaged", locale: "en" })).toEqual({ kind: "noMatch" });
  });

  it("gives every kind of non-match the very same answer (enumeration)", async () => {
    const mine = await shop("rp-enum-a", "ORD-1");
    await shop("rp-enum-b", "ORD-2");
    const answers = await Promise.all([
      lookupReturnableOrder(mine.actor.slug, "ORD-9", "zoe@example.com", "en"),
      lookupReturnableOrder(mine.actor.slug, "ORD-1", "wrong@example.com", "en"),
      lookupReturnableOrder(mine.actor.slug, "ORD-1", "K1A 0B1", "en"),
      lookupReturnableOrder(mine.actor.slug, "ORD-2", "zoe@example.com", "en"),
      lookupReturnableOrder(mine.actor.slug, "ORD-1", "", "en"),
    ]);
    for (const a of answers) expect(JSON.stringify(a)).toBe(JSON.stringify({ kind: "noMatch" }));
  });

  it("stops a visitor after the per-visitor allowance, whatever they look up", async () => {
    const headers = new Headers({ "x-forwarded-for": "203.0.113.9" });
    await resetRateLimit("returns:ip:unknown", "returns:ip:203.0.113.9", "returns:business:rp-limit");
    let last = await consumeReturnsLookup(headers, "rp-limit");
    for (let i = 1; i < PUBLIC_RETURNS_LIMIT.perVisitor; i++) last = await consumeReturnsLookup(headers, "rp-limit");
    expect(last.allowed).toBe(true);
    const blocked = await consumeReturnsLookup(headers, "rp-limit");
    expect(blocked.allowed).toBe(false);
    expect(blocked.retryAfterSeconds).toBeGreaterThan(0);
  });

  it("lets the page's transaction see only the one business and its shipments with the typed order number (row-level security)", async () => {
    const mine = await shop("rp-rls-a", "ORD-1");
    const theirs = await shop("rp-rls-b", "ORD-1");
    const seen = await unsafeWithPublicReturns(mine.actor.slug, "ORD-1", async (tx) => ({
      businesses: await tx.business.findMany({ select: { id: true } }),
      shipments: await tx.shipment.findMany({ select: { id: true } }),
      returns: await tx.return.count(),
    }));
    expect(seen.businesses).toEqual([{ id: mine.actor.businessId }]);
    expect(seen.shipments).toEqual([{ id: mine.shipment.id }]);
    expect(seen.shipments).not.toContainEqual({ id: theirs.shipment.id });
    expect(seen.returns).toBe(0);
    expect(await unsafeWithPublicReturns(mine.actor.slug, "", (tx) => tx.shipment.count())).toBe(0);
  });
});
