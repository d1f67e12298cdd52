import { describe, expect, it } from "vitest";
import { createTestBusiness } from "@/tests/fixtures";
import type { Actor } from "@/lib/tenancy/actor";
import { FieldsError } from "@/lib/errors";
import { effectiveDefaults } from "@/lib/settings/settings";
import { locationSchema } from "./schemas";
import { createLocation, deleteLocation, listLocations, makeDefaultLocation } from "./locations";

const form = (over: Record<string, string> = {}) =>
  locationSchema.parse({ label: "Warehouse", contactName: "Léa Roy", company: "", phone: "514 555 0199", email: "", line1: "5000 rue Iberville", line2: "", city: "", province: "QC", postalCode: "h2h2s6", ...over });

async function owner(label: string): Promise<Actor> {
  const b = await createTestBusiness(label);
  return { businessId: b.id, userId: b.owner.id, role: "OWNER", slug: b.slug };
}

describe("ship-from locations", () => {
  it("normalise the postal code, fill the city from it, and make the first one the default", async () => {
    const actor = await owner("loc1");
    await createLocation(actor, form());
    const [location] = await listLocations(actor);
    expect(location).toMatchObject({ label: "Warehouse", postalCode: "H2H 2S6", city: "Montréal", province: "QC", isDefault: true });
    expect((await effectiveDefaults(actor)).defaultLocationId).toBe(location!.id);
  });

  it("refuse a postal code of another province, with a message for that field", async () => {
    const actor = await owner("loc2");
    const error = await createLocation(actor, form({ province: "ON" })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FieldsError);
    expect((error as FieldsError).problems).toEqual({ postalCode: { code: "postalCodeProvinceMismatch", values: { postalProvince: "QC", province: "ON" } } });
    expect(await listLocations(actor)).toEqual([]);
  });

  it("switch the default, and pass it on when the default is deleted", async () => {
    const actor = await owner("loc3");
    const first = await createLocation(actor, form({ label: "Store" }));
    const second = await createLocation(actor, form({ label: "Depot", postalCode: "M5V 2T6", province: "ON", city: "Toronto" }));
    await makeDefaultLocation(actor, second.id);
    expect((await listLocations(actor)).map((l) => [l.label, l.isDefault])).toEqual([["Depot", true], ["Store", false]]);
    await deleteLocation(actor, second.id);
    expect(await listLocations(actor)).toEqual([expect.objectContaining({ id: first.id, isDefault: true })]);
  });
});
