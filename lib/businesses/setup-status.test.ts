import { describe, expect, it } from "vitest";
import { withTenant } from "@/lib/tenancy/context";
import { createTestBusiness, createTestContact, createTestLocation, createTestTemplate } from "@/tests/fixtures";
import { setupStatus } from "./setup-status";

describe("setupStatus (the overview's checklist)", () => {
  it("counts the business's own locations, contacts and templates and sees when its profile is complete", async () => {
    const shop = await createTestBusiness("setup-status");
    const other = await createTestBusiness("setup-status-other");
    const ctx = { businessId: shop.id, userId: shop.owner.id };
    await withTenant(ctx, (tx) => tx.business.update({ where: { id: shop.id }, data: { phone: null, email: null } }));
    expect(await setupStatus(ctx)).toMatchObject({ profileComplete: false, locations: 0, contacts: 0, templates: 0 });

    await Promise.all([createTestLocation(shop), createTestLocation(shop), createTestContact(shop), createTestTemplate(shop)]);
    // Another business's rows are not this one's.
    await Promise.all([createTestLocation(other), createTestContact(other), createTestContact(other), createTestTemplate(other)]);
    await withTenant(ctx, (tx) => tx.business.update({ where: { id: shop.id }, data: { phone: "613 555 0100", email: "shop@example.com" } }));
    expect(await setupStatus(ctx)).toMatchObject({ profileComplete: true, locations: 2, contacts: 1, templates: 1 });
  });
});
