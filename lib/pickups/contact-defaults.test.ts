import { describe, expect, it } from "vitest";
import { createTestBusiness } from "@/tests/fixtures";
import { contactAfterLocationChange, pickupContactDefaults } from "./contact-defaults";
import { pickupFormData } from "./form-data";

const user = { contactName: "Léa Roy", contactPhone: "613 555 0100", contactEmail: "lea@example.com" };

describe("the pickup form's contact", () => {
  it("starts from the location's contact, its missing email from the signed-in user", () => {
    expect(pickupContactDefaults({ contactName: "Dock", phone: "514 555 0199", email: "" }, user)).toEqual({ contactName: "Dock", contactPhone: "514 555 0199", contactEmail: "lea@example.com" });
    expect(pickupContactDefaults({ contactName: "Dock", phone: "514 555 0199", email: "dock@example.com" }, user).contactEmail).toBe("dock@example.com");
    // Another address: the signed-in user and the business's phone.
    expect(pickupContactDefaults(undefined, user)).toEqual(user);
  });

  it("follows a change of location without overwriting what the user typed", () => {
    const a = { contactName: "Dock A", contactPhone: "1", contactEmail: "lea@example.com" };
    const b = { contactName: "Dock B", contactPhone: "2", contactEmail: "b@example.com" };
    expect(contactAfterLocationChange({ ...a, contactPhone: "typed" }, a, b)).toEqual({ contactName: "Dock B", contactPhone: "typed", contactEmail: "b@example.com" });
  });

  it("knows the signed-in user's name and email", async () => {
    const business = await createTestBusiness("pickup-contact");
    const data = await pickupFormData({ businessId: business.id, userId: business.owner.id }, "en");
    expect(data.fallbackContact).toEqual({ contactName: "pickup-contact-owner", contactPhone: "", contactEmail: business.owner.email });
  });
});
