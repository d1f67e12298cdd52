import { describe, expect, it } from "vitest";
import { returnLabelOf } from "./return-label";
import { deliverToPostOfficeLabel, domesticLabel, MONTREAL_SHOP, TORONTO_CUSTOMER } from "./test-fixtures";

describe("returnLabelOf", () => {
  it("sends the same parcel back to the ship-from location under its own number, without the outbound options", () => {
    const outbound = domesticLabel({ customerNumber: "0001234567" });
    expect(outbound.options.signature).toBe(true);
    const back = returnLabelOf(outbound, "7023210039414628");
    expect(back).toMatchObject({ trackingNumber: "7023210039414628", sender: TORONTO_CUSTOMER, recipient: MONTREAL_SHOP, isReturn: true, serviceCode: "DOM.EP", customerNumber: "0001234567" });
    expect(back.options).toEqual({ signature: false, coverageCents: 0, codCents: 0, proofOfAge: null, cardForPickup: false, doNotSafeDrop: false, leaveAtDoor: false, deliverToPostOffice: false });
  });

  it("goes back to the sender's address, not to the post office the outbound parcel was held at", () => {
    const back = returnLabelOf(deliverToPostOfficeLabel(), "7023210039414635");
    expect(back.postOffice).toBeNull();
    expect(back.options.deliverToPostOffice).toBe(false);
    expect(back.recipient).toEqual(MONTREAL_SHOP);
  });
});
