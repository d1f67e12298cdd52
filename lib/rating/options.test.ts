import { describe, expect, it } from "vitest";
import { optionLines, optionProblems, serviceOptionProblems } from "./options";
import { optionPrices } from "./rules/option-prices";
import { serviceRule } from "./rules/services";

const rule = (code: string) => serviceRule(code)!;
const JAN_2022 = optionPrices("2022-03-01");
const LATER = optionPrices("2026-12-01");

describe("option rules", () => {
  it("refuses leave at door with any hand-off option, and both proofs of age", () => {
    const codes = (o: Parameters<typeof optionProblems>[0]) => optionProblems(o).map((p) => [p.code, p.values]);
    expect(codes({ leaveAtDoor: true, doNotSafeDrop: true })).toEqual([["optionsConflict", { a: "LAD", b: "DNS" }]]);
    expect(codes({ leaveAtDoor: true, signature: true })).toEqual([["optionsConflict", { a: "LAD", b: "SO" }]]);
    expect(codes({ cardForPickup: true, deliverToPostOffice: true })).toEqual([["optionsConflict", { a: "HFP", b: "D2PO" }]]);
  });

  it("requires a signature for additional coverage, and card for pickup or deliver to post office for COD", () => {
    expect(optionProblems({ coverageCents: 50_000 })).toEqual([{ code: "optionRequires", field: "options", values: { option: "COV", required: "SO" } }]);
    expect(optionProblems({ coverageCents: 50_000, signature: true })).toEqual([]);
    expect(optionProblems({ coverageCents: 10_000 })).toEqual([]);
    expect(optionProblems({ codCents: 2_000 })[0]?.code).toBe("optionRequiresOneOf");
    expect(optionProblems({ codCents: 2_000, cardForPickup: true })).toEqual([]);
    expect(optionProblems({ codCents: 600_000, cardForPickup: true })[0]).toMatchObject({ code: "codOverLimit", values: { max: 5000 } });
  });

  it("offers deliver to post office with Xpresspost and Expedited Parcel only", () => {
    const d2po = { deliverToPostOffice: true };
    expect(serviceOptionProblems(d2po, rule("DOM.XP"))).toEqual([]);
    expect(serviceOptionProblems(d2po, rule("DOM.EP"))).toEqual([]);
    expect(serviceOptionProblems(d2po, rule("DOM.RP"))[0]).toMatchObject({ code: "optionNotOffered", values: { option: "D2PO", service: "DOM.RP" } });
    expect(serviceOptionProblems(d2po, rule("DOM.PC"))[0]?.code).toBe("optionNotOffered");
  });

  it("takes no options on Small Packet, and no more than the included $100 on Tracked Packet", () => {
    expect(serviceOptionProblems({ signature: true }, rule("USA.SP.AIR"))[0]?.code).toBe("optionNotOffered");
    expect(serviceOptionProblems({ coverageCents: 10_000 }, rule("USA.TP"))).toEqual([]);
    expect(serviceOptionProblems({ coverageCents: 20_000, signature: true }, rule("USA.TP")).map((p) => p.code)).toEqual(["optionNotOffered", "coverageOverLimit"]);
    expect(serviceOptionProblems({ coverageCents: 600_000, signature: true }, rule("DOM.XP"))[0]).toMatchObject({ code: "coverageOverLimit", values: { max: 5000 } });
  });
});

describe("option prices", () => {
  it("charges signature $1.75 under the January 2022 guide and $2.00 from September 2022, free with Priority", () => {
    expect(optionLines({ signature: true }, rule("DOM.XP"), JAN_2022)).toEqual([{ code: "SO", amountCents: 175 }]);
    expect(optionLines({ signature: true }, rule("DOM.XP"), LATER)).toEqual([{ code: "SO", amountCents: 200 }]);
    expect(optionLines({ signature: true }, rule("DOM.PC"), LATER)).toEqual([{ code: "SO", amountCents: 0 }]);
  });

  it("charges coverage per additional $100 above the included $100, and Regular Parcel's first $100 too", () => {
    // $450 on Xpresspost: $350 above the included $100 -> 4 steps of $2.50.
    expect(optionLines({ coverageCents: 45_000, signature: true }, rule("DOM.XP"), LATER)).toContainEqual({ code: "COV", amountCents: 1000, values: { amount: 450 } });
    // $450 on Regular Parcel: first $100 $2.50, then 4 steps.
    expect(optionLines({ coverageCents: 45_000, signature: true }, rule("DOM.RP"), LATER)).toContainEqual({ code: "COV", amountCents: 1250, values: { amount: 450 } });
    // $100 on Xpresspost is included: shown at no charge.
    expect(optionLines({ coverageCents: 10_000 }, rule("DOM.XP"), LATER)).toEqual([{ code: "COV", amountCents: 0, values: { amount: 100 } }]);
  });

  it("prices COD at $7.25 and proof of age at $3.00; card for pickup and the delivery choices are included", () => {
    const lines = optionLines({ codCents: 12_345, cardForPickup: true, proofOfAge: 19, doNotSafeDrop: true }, rule("DOM.EP"), LATER);
    expect(lines).toEqual([
      { code: "COD", amountCents: 725, values: { amount: 123.45 } },
      { code: "PA19", amountCents: 300 },
      { code: "HFP", amountCents: 0 },
      { code: "DNS", amountCents: 0 },
    ]);
  });
});
