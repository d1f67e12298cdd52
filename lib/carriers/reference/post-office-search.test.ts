import { describe, expect, it } from "vitest";
import { createReferenceConnector } from "./index";
import { resolveSearchText, searchReferencePostOffices } from "./post-office-search";

describe("resolving what a person typed to a point", () => {
  it("finds a postal code anywhere in an address, or an FSA on its own", () => {
    expect(resolveSearchText("5000 rue Iberville, Montréal H2H 2S6")).toMatchObject({ kind: "postalCode", label: "H2H 2S6", province: "QC" });
    expect(resolveSearchText("5000 rue Iberville, Montréal h2h2s6")).toMatchObject({ label: "H2H 2S6" });
    expect(resolveSearchText("h2h")).toMatchObject({ kind: "postalCode", label: "H2H", lat: expect.closeTo(45.54, 1) });
  });

  it("finds a city with or without accents, in any case", () => {
    for (const text of ["Montréal", "Montreal", "MONTREAL"]) expect(resolveSearchText(text)).toMatchObject({ kind: "place", label: "Montréal, QC" });
    expect(resolveSearchText("trois rivieres")).toMatchObject({ label: "Trois-Rivières, QC" });
    expect(resolveSearchText("Trois-Rivières")).toEqual(resolveSearchText("trois rivieres"));
    expect(resolveSearchText("st. john's")).toMatchObject({ label: "St. John's, NL" });
    expect(resolveSearchText("St-Jerome")).toMatchObject({ label: "Saint-Jérôme, QC" });
    // The city of an address without a postal code.
    expect(resolveSearchText("5000 rue Iberville, Montréal")).toMatchObject({ label: "Montréal, QC" });
  });

  it("prefers the city with the most FSAs, unless a province is given", () => {
    expect(resolveSearchText("Richmond")).toMatchObject({ label: "Richmond, BC" });
    expect(resolveSearchText("Richmond, BC")).toMatchObject({ label: "Richmond, BC" });
    expect(resolveSearchText("Richmond QC")).toMatchObject({ province: "QC" });
    expect(resolveSearchText("Richmond, Quebec")).toMatchObject({ province: "QC" });
  });

  it("names no place for unknown text", () => {
    for (const text of ["Atlantis", "", "  ", "x", "12345"]) expect(resolveSearchText(text)).toBeNull();
    expect(searchReferencePostOffices("Atlantis")).toBeNull();
  });
});

describe("searching the sample network by text", () => {
  it("lists up to 10 offices, closest first", () => {
    const { near, offices } = searchReferencePostOffices("Trois-Rivières")!;
    expect(near.label).toBe("Trois-Rivières, QC");
    expect(offices).toHaveLength(10);
    expect(offices[0]!.city).toBe("Trois-Rivières");
    expect(offices.map((o) => o.distanceKm)).toEqual([...offices.map((o) => o.distanceKm)].sort((a, b) => a - b));
    expect(searchReferencePostOffices("H2H 2S6")!.offices[0]).toMatchObject({ id: "REF-H2H", distanceKm: 0 });
  });

  it("keeps only Deliver to Post Office offices when asked", () => {
    const all = searchReferencePostOffices("Drummondville")!.offices;
    expect(all.some((o) => !o.acceptsD2PO)).toBe(true);
    const d2po = searchReferencePostOffices("Drummondville", { d2poOnly: true })!.offices;
    expect(d2po).toHaveLength(10);
    expect(d2po.every((o) => o.acceptsD2PO)).toBe(true);
  });

  it("is what the reference connector answers to a text query", async () => {
    const connector = createReferenceConnector();
    const found = await connector.findPostOffices!({ text: "Montreal H2H 2S6", limit: 3 });
    expect(found.data?.map((o) => o.id)[0]).toBe("REF-H2H");
    expect(found.data).toHaveLength(3);
    expect((await connector.findPostOffices!({ text: "Atlantis" })).data).toBeNull();
    expect((await connector.findPostOffices!({ postalCode: "H2H 2S6", limit: 1 })).data?.[0]?.id).toBe("REF-H2H");
  });
});
