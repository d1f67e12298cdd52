import { describe, expect, it } from "vitest";
import { FACTORY_DEFAULTS, type Defaults } from "@/lib/settings/settings";
import { applyTypedFields } from "@/lib/shipments/draft-schema";
import { draftProblems } from "@/lib/shipments/validate-draft";
import { ORDER_FIELDS, type OrderValues } from "./fields";
import { batchesOf, planOrders } from "./plan";
import { draftFromOrder, serviceCodeFrom } from "./rows";

const DEFAULTS: Defaults = {
  ...FACTORY_DEFAULTS,
  defaultLocationId: "loc-1",
  defaultService: "DOM.EP",
  defaultOptions: { ...FACTORY_DEFAULTS.defaultOptions, signature: true },
  reference: "SHOP",
  notificationEmails: ["shop@example.com"],
};

const order = (values: Partial<OrderValues>): OrderValues => ({ ...(Object.fromEntries(ORDER_FIELDS.map((f) => [f, ""])) as OrderValues), ...values });

const ZOE = { name: "Zoé Gagnon", line1: "12 rue Saint-Jean", city: "Québec", province: "Québec", postalCode: "g1r4p5", reference1: "#1001", weight: "1,5", length: "30", width: "20", height: "10" };

describe("an order's draft", () => {
  it("starts from the member's defaults, with the file's values over them", () => {
    const { draft, notes } = draftFromOrder(order(ZOE), DEFAULTS, "METRIC");
    expect(notes).toEqual([]);
    expect(draft).toMatchObject({
      locationId: "loc-1",
      serviceCode: "DOM.EP",
      options: { signature: true },
      notifications: [{ email: "shop@example.com", events: ["shipped", "exception", "delivered"] }],
      recipient: { name: "Zoé Gagnon", line1: "12 rue Saint-Jean", city: "Québec", province: "QC", postalCode: "G1R 4P5", country: "CA", email: null },
      reference1: "#1001",
      lengthMm: 300,
      widthMm: 200,
      heightMm: 100,
      weightGrams: 1500,
      customs: null,
    });
    expect(draftProblems(draft, { hasLocation: true })).toEqual([]);
    // A row without an order number keeps the default reference.
    expect(draftFromOrder(order({ ...ZOE, reference1: "" }), DEFAULTS, "METRIC").draft.reference1).toBe("SHOP");
  });

  it("reads sizes in inches and pounds, and a cell that names its own unit in that unit", () => {
    const { draft } = draftFromOrder(order({ ...ZOE, length: "12", width: "8.5", height: "4", weight: "2.2" }), DEFAULTS, "IMPERIAL");
    expect([draft.lengthMm, draft.widthMm, draft.heightMm, draft.weightGrams]).toEqual([305, 216, 102, 998]);
    const named = draftFromOrder(order({ ...ZOE, length: "30 cm", width: '8"', height: "100mm", weight: "500 g" }), DEFAULTS, "IMPERIAL").draft;
    expect([named.lengthMm, named.widthMm, named.heightMm, named.weightGrams]).toEqual([300, 203, 100, 500]);
    expect(draftFromOrder(order({ ...ZOE, weight: "3 lb" }), DEFAULTS, "METRIC").draft.weightGrams).toBe(1361);
    expect(draftFromOrder(order({ ...ZOE, weight: "8 oz" }), DEFAULTS, "METRIC").draft.weightGrams).toBe(227);
  });

  it("turns country, province and state names into codes and leaves customs empty abroad", () => {
    const us = draftFromOrder(order({ name: "Ann Lee", line1: "350 5th Ave", city: "New York", province: "New York", postalCode: "10118 1234", country: "États-Unis", phone: "212 555 0100" }), DEFAULTS, "METRIC").draft;
    expect(us.recipient).toMatchObject({ country: "US", province: "NY", postalCode: "10118-1234" });
    expect(us.customs).toEqual({ currency: "CAD", reason: "SALE_OF_GOODS", otherReason: null, invoiceNumber: null, items: [] });
    // The sheet asks for the customs items (and the size here).
    expect(draftProblems(us, { hasLocation: true }).map((p) => p.field)).toContain("customsItems");
    expect(draftFromOrder(order({ ...ZOE, country: "Royaume-Uni", province: "", postalCode: "sw1a 1aa" }), DEFAULTS, "METRIC").draft.recipient).toMatchObject({ country: "GB", postalCode: "SW1A 1AA" });
  });

  it("keeps what it cannot read for the sheet to mark, with a note for the preview", () => {
    const { draft, notes } = draftFromOrder(order({ ...ZOE, country: "Narnia", weight: "heavy", length: "-3", serviceCode: "Pigeon", signature: "maybe", postalCode: "12345" }), DEFAULTS, "METRIC");
    expect(notes.map((n) => [n.field, n.key])).toEqual([
      ["country", "import.rowErrors.countryUnknown"],
      ["length", "validation.mustBePositive"],
      ["weight", "validation.notANumber"],
      ["serviceCode", "orders.notes.serviceUnknown"],
      ["signature", "orders.notes.signatureUnknown"],
    ]);
    expect(notes[0]!.values).toEqual({ value: "Narnia" });
    expect(draft).toMatchObject({ weightGrams: null, lengthMm: null, serviceCode: "DOM.EP", options: { signature: true }, recipient: { country: "Narnia" } });
    expect(draftProblems(draft, { hasLocation: true }).map((p) => p.key)).toContain("address.errors.countryInvalid");
  });

  it("reads sizes and weights like a typed number, and only within what a parcel can be", () => {
    const { draft, notes } = draftFromOrder(order({ ...ZOE, weight: "1e9", length: "0x10", width: "0,0001", height: "2,5 cm" }), DEFAULTS, "METRIC");
    expect(notes.map((n) => [n.field, n.key, n.values])).toEqual([
      ["length", "validation.notANumber", undefined],
      ["width", "validation.atLeast", { min: 0.1, unit: "cm" }],
      ["weight", "validation.notANumber", undefined],
    ]);
    expect(draft).toMatchObject({ lengthMm: null, widthMm: null, heightMm: 25, weightGrams: null });
    expect(draftFromOrder(order({ ...ZOE, weight: "31 kg", length: "250" }), DEFAULTS, "METRIC").notes.map((n) => n.key)).toEqual(["validation.sideTooLong", "validation.tooHeavy"]);
  });

  it("takes the service and signature from the file when it gives them", () => {
    expect(serviceCodeFrom("dom.xp")).toBe("DOM.XP");
    expect(serviceCodeFrom("Colis accélérés")).toBe("DOM.EP");
    expect(serviceCodeFrom("Tracked Packet USA")).toBe("USA.TP");
    const { draft } = draftFromOrder(order({ ...ZOE, serviceCode: "Priority", signature: "non" }), DEFAULTS, "METRIC");
    expect(draft.serviceCode).toBe("DOM.PC");
    expect(draft.options.signature).toBe(false);
  });

  it("keeps email as the recipient's only: delivery updates stay the defaults'", () => {
    const { draft } = draftFromOrder(order({ ...ZOE, email: "Zoe@Example.com" }), DEFAULTS, "METRIC");
    expect(draft.recipient.email).toBe("zoe@example.com");
    expect(draft.notifications.map((n) => n.email)).toEqual(["shop@example.com"]);
  });

  it("cuts texts so the row stays editable in the sheet, which still says what is too long", () => {
    const long = "x".repeat(2_000);
    const { draft } = draftFromOrder(order({ name: long, company: long, line1: long, line2: long, city: long, province: long, postalCode: long, country: long, phone: long, email: long, reference1: long, reference2: long }), DEFAULTS, "METRIC");
    // The sheet (lib/batches/edit-rows.ts saveRowFields) saves any other field of that row as typed, and keeps these until they are shortened.
    const edited = applyTypedFields(draft, { city: "Lévis" }, "METRIC", "en");
    expect(edited.errors).toEqual({});
    expect(edited.draft.recipient).toMatchObject({ city: "Lévis", name: draft.recipient.name });
    expect(draftProblems(draft, { hasLocation: true }).map((p) => p.key)).toEqual(expect.arrayContaining(["address.errors.tooLong", "shipments.errors.referenceTooLong"]));
  });
});

describe("a file's plan", () => {
  const table = (rows: string[][]) => ({ headers: ["Order", "Name", "Address", "City", "Postal code", "Weight"], rows, rowNumbers: rows.map((_, i) => i + 2) });
  const mapping = ["reference1", "name", "line1", "city", "postalCode", "weight"] as const;

  it("skips rows empty in every mapped column, and further line items of the order above", () => {
    const plan = planOrders(
      table([
        ["#1", "Ann", "1 Main St", "Ottawa", "K1A 0B1", "1"],
        ["#1", "", "", "", "", ""],
        ["", "", "", "", "", ""],
        ["#2", "", "", "", "", "2"],
        ["#3", "", "", "", "", ""],
      ]),
      [...mapping],
      DEFAULTS,
      "METRIC",
    );
    expect(plan.orders.map((o) => o.rowNumber)).toEqual([2, 5, 6]);
    expect(plan.skipped).toEqual([
      { index: 1, rowNumber: 3, reason: "sameOrder" },
      { index: 2, rowNumber: 4, reason: "empty" },
    ]);
    // An invalid order is still an order: the sheet marks it.
    expect(draftProblems(plan.orders[1]!.draft, { hasLocation: true }).length).toBeGreaterThan(0);
  });

  it("cuts orders into batches of 50 in file order", () => {
    expect(batchesOf(Array.from({ length: 120 }, (_, i) => i)).map((b) => [b.length, b[0]])).toEqual([
      [50, 0],
      [50, 50],
      [20, 100],
    ]);
    expect(batchesOf([])).toEqual([]);
  });
});
