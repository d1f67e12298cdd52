import { describe, expect, it } from "vitest";
import { CA_FSA } from "@/lib/addresses/data/ca-fsa";
import {
  distanceKm,
  FSA_SLOTS,
  fsaDistanceKm,
  fsaPoint,
  fsaSlot,
  isFlyInArcticFsa,
  isRemoteFsa,
  isRuralFsa,
  isTerritoryFsa,
  normalizeFsa,
  provinceOfFsaCode,
  slotFsa,
} from "./geo";

describe("FSA parsing", () => {
  it("accepts full postal codes in any case and spacing, and bare FSAs", () => {
    for (const input of ["K1A 0B1", "k1a0b1", "K1A-0B1", " k1a 0b1 ", "K1A - 0B1", "K1A", "k1a", "\tK1A\n"]) {
      expect(normalizeFsa(input), input).toBe("K1A");
    }
  });

  it("rejects what is not a Canadian postal code or FSA", () => {
    for (const input of ["", "K1", "K1A 0B", "K1A 0B12", "K1A0B1X", "D1A", "W1A 1A1", "Z9Z", "K1D", "KKA", "11A", "K1A 0D1", "K1A--0B1", "90210", "K1A 0B1 K1A"]) {
      expect(normalizeFsa(input), input).toBeNull();
      expect(fsaPoint(input), input).toBeNull();
    }
    expect(normalizeFsa(undefined as unknown as string)).toBeNull();
  });

  it("gives every possible FSA a distinct slot that maps back to it", () => {
    const seen = new Set<number>();
    for (const fsa of Object.keys(CA_FSA)) {
      const slot = fsaSlot(fsa);
      expect(slot).toBeGreaterThanOrEqual(0);
      expect(slot).toBeLessThan(FSA_SLOTS);
      expect(slotFsa(slot)).toBe(fsa);
      seen.add(slot);
    }
    expect(seen.size).toBe(Object.keys(CA_FSA).length);
  });
});

describe("FSA points", () => {
  it("uses the FSA's own centroid when the data has it", () => {
    const p = fsaPoint("M5V 2T6")!;
    const [province, , lat, lon] = CA_FSA.M5V!;
    expect(p).toMatchObject({ fsa: "M5V", province, lat, lon, source: "data", rural: false, centreKm: 0 });
  });

  it("falls back to the centroid of the FSAs sharing the first two characters (L7K, S7W)", () => {
    for (const [fsa, prefix, province] of [["L7K", "L7", "ON"], ["S7W", "S7", "SK"]] as const) {
      expect(CA_FSA[fsa]).toBeUndefined();
      const same = Object.entries(CA_FSA).filter(([k]) => k.startsWith(prefix));
      const lat = same.reduce((a, [, r]) => a + r[2], 0) / same.length;
      const lon = same.reduce((a, [, r]) => a + r[3], 0) / same.length;
      const p = fsaPoint(`${fsa} 0A1`)!;
      expect(p.source).toBe("prefix2");
      expect(p.province).toBe(province);
      expect(p.lat).toBeCloseTo(lat, 9);
      expect(p.lon).toBeCloseTo(lon, 9);
    }
    // S7W is in Saskatoon: its fallback point is within a few km of Saskatoon's FSAs.
    expect(fsaDistanceKm("S7W", "S7N")).toBeLessThan(10);
  });

  it("falls back to the first letter's FSAs when no FSA shares the first two characters", () => {
    expect(Object.keys(CA_FSA).some((k) => k.startsWith("X9"))).toBe(false);
    const p = fsaPoint("X9Z")!;
    expect(p.source).toBe("prefix1");
    expect(p.province).toBe("NT");
    expect(Number.isFinite(p.lat) && Number.isFinite(p.centreKm)).toBe(true);
  });

  it("names the province from the first letter for missing FSAs, Nunavut for X0A-X0C", () => {
    expect(provinceOfFsaCode("X0A")).toBe("NU");
    expect(provinceOfFsaCode("X0E")).toBe("NT");
    expect(provinceOfFsaCode("H9Z")).toBe("QC");
    expect(provinceOfFsaCode("A9Z")).toBe("NL");
  });
});

describe("distances", () => {
  it("measures great-circle distances between centroids", () => {
    expect(distanceKm({ lat: 0, lon: 0 }, { lat: 0, lon: 1 })).toBeCloseTo(111.2, 1);
    expect(distanceKm({ lat: 45, lon: -75 }, { lat: 45, lon: -75 })).toBe(0);
    expect(fsaDistanceKm("M5V", "V6B")).toBeGreaterThan(3300);
    expect(fsaDistanceKm("M5V", "V6B")).toBeLessThan(3400);
    expect(fsaDistanceKm("M5V", "K1A")).toBeGreaterThan(330);
    expect(fsaDistanceKm("M5V", "K1A")).toBeLessThan(370);
    expect(fsaDistanceKm("K1A", "M5V")).toBe(fsaDistanceKm("M5V", "K1A"));
    expect(fsaDistanceKm("M5V", "nope")).toBeNull();
  });
});

describe("place facts", () => {
  it("reads rural and territory FSAs from the code", () => {
    expect(isRuralFsa("T0B 0A8")).toBe(true);
    expect(isRuralFsa("T5J")).toBe(false);
    expect(isRuralFsa("nope")).toBe(false);
    expect(isTerritoryFsa("Y1A")).toBe(true);
    expect(isTerritoryFsa("X0A 0H0")).toBe(true);
    expect(isTerritoryFsa("V6B")).toBe(false);
    expect(isFlyInArcticFsa("X0A 0H0")).toBe(true);
    expect(isFlyInArcticFsa("J0M")).toBe(true);
    expect(isFlyInArcticFsa("X1A")).toBe(false);
  });

  it("marks the territories, Labrador and far or isolated rural FSAs remote, cities not", () => {
    for (const fsa of ["X0A", "X0B", "X0C", "X0E", "X1A", "Y1A", "Y0B", "J0M", "A0P", "A2V", "T0V", "R0B", "P0V", "V0C"]) {
      expect(isRemoteFsa(fsa), fsa).toBe(true);
    }
    for (const fsa of ["M5V", "K1A", "H3B", "V6B", "T5J", "P7B", "V1J", "B3H", "A1C", "T0B", "K0A", "J0K", "nope"]) {
      expect(isRemoteFsa(fsa), fsa).toBe(false);
    }
  });

  it("finds centres: cities are 0 km from one, rural and isolated places farther", () => {
    expect(fsaPoint("M5V")!.centreKm).toBe(0);
    expect(fsaPoint("V6B")!.centreKm).toBe(0);
    expect(fsaPoint("T0B")!.centreKm).toBeGreaterThan(20);
    expect(fsaPoint("Y0B")!.centreKm).toBeGreaterThan(1000);
  });
});
