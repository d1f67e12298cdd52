import { describe, expect, it } from "vitest";
import { addMember, createTestBusiness, createUser } from "@/tests/fixtures";
import { withTenant } from "@/lib/tenancy/context";
import type { Actor } from "@/lib/tenancy/actor";
import { businessSettingsSchema, userSettingsSchema } from "./schemas";
import { effectiveDefaults, FACTORY_DEFAULTS, updateBusinessDefaults, updateUserOverrides } from "./settings";

const businessForm = {
  defaultLocationId: "",
  defaultService: "DOM.EP",
  labelFormat: "PDF_LETTER",
  notificationEmails: "ops@example.com, Boss@Example.com",
  reference: "Order",
  units: "IMPERIAL",
  locale: "fr",
  signature: "on",
  coverage: "100,50",
};

describe("defaults", () => {
  it("parse options, coverage in cents and up to four emails", () => {
    const parsed = businessSettingsSchema("fr").parse(businessForm);
    expect(parsed).toMatchObject({
      defaultService: "DOM.EP",
      notificationEmails: ["ops@example.com", "boss@example.com"],
      defaultOptions: { signature: true, coverageCents: 10050, leaveAtDoor: false },
    });
    const five = businessSettingsSchema("fr").safeParse({ ...businessForm, notificationEmails: "a@x.ca b@x.ca c@x.ca d@x.ca e@x.ca" });
    expect(five.error?.issues[0]?.message).toBe("tooManyEmails");
    const conflict = businessSettingsSchema("fr").safeParse({ ...businessForm, leaveAtDoor: "on", doNotSafeDrop: "on" });
    expect(conflict.error?.issues[0]).toMatchObject({ path: ["leaveAtDoor"], message: "leaveAtDoorConflict" });
  });

  it("start from the business's, overridden per user, field by field", async () => {
    const b = await createTestBusiness("defaults");
    const owner: Actor = { businessId: b.id, userId: b.owner.id, role: "OWNER", slug: b.slug };
    expect(await effectiveDefaults(owner)).toEqual(FACTORY_DEFAULTS);

    const location = await withTenant(owner, (tx) =>
      tx.location.create({
        data: { businessId: b.id, label: "Store", contactName: "A", phone: "5145550000", line1: "1 Rue", city: "Montréal", province: "QC", postalCode: "H2X 1Y4" },
      }),
    );
    await updateBusinessDefaults(owner, businessSettingsSchema("fr").parse({ ...businessForm, defaultLocationId: location.id }));
    const shipperUser = await createUser("shipper");
    await addMember(b, shipperUser, "SHIPPER");
    const shipper: Actor = { ...owner, userId: shipperUser.id, role: "SHIPPER" };
    expect(await effectiveDefaults(shipper)).toMatchObject({ defaultLocationId: location.id, units: "IMPERIAL", labelFormat: "PDF_LETTER", locale: "fr" });

    await updateUserOverrides(shipper, userSettingsSchema("en").parse({ defaultLocationId: "", defaultService: "", labelFormat: "PDF_4X6", units: "METRIC", locale: "", reference: "", notificationEmails: "" }));
    const mine = await effectiveDefaults(shipper);
    expect(mine).toMatchObject({ labelFormat: "PDF_4X6", units: "METRIC", locale: "fr", defaultService: "DOM.EP", reference: "Order" });
    expect(mine.notificationEmails).toEqual(["ops@example.com", "boss@example.com"]);
    expect(mine.defaultOptions.signature).toBe(true);
    // The owner's own view is unchanged.
    expect((await effectiveDefaults(owner)).units).toBe("IMPERIAL");
  });

  it("refuse a default location of another business", async () => {
    const a = await createTestBusiness("loc-a");
    const other = await createTestBusiness("loc-b");
    const foreign = await withTenant({ businessId: other.id, userId: null }, (tx) =>
      tx.location.create({
        data: { businessId: other.id, label: "B", contactName: "B", phone: "1", line1: "1", city: "Toronto", province: "ON", postalCode: "M5V 2T6" },
      }),
    );
    const actor: Actor = { businessId: a.id, userId: a.owner.id, role: "OWNER", slug: a.slug };
    await expect(updateBusinessDefaults(actor, businessSettingsSchema("fr").parse({ ...businessForm, defaultLocationId: foreign.id }))).rejects.toMatchObject({ code: "notFound" });
  });
});
