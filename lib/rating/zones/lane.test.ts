import { describe, expect, it } from "vitest";
import { CA_FSA } from "@/lib/addresses/data/ca-fsa";
import { areNeighbourProvinces, deliveryLane } from "./lane";

describe("deliveryLane", () => {
  it("classifies clear cases", () => {
    expect(deliveryLane("M5V 2T6", "M4C 1A1")).toBe("local"); // Toronto -> Toronto
    expect(deliveryLane("K1A 0B1", "J8X 0A1")).toBe("local"); // Ottawa -> Gatineau
    expect(deliveryLane("M5V 2T6", "K1A 0B1")).toBe("regional"); // Toronto -> Ottawa
    expect(deliveryLane("H3B", "G1R")).toBe("regional"); // Montreal -> Quebec City
    expect(deliveryLane("T2P", "V6B")).toBe("regional"); // Calgary -> Vancouver (neighbours)
    expect(deliveryLane("M5V 2T6", "V6B 1A1")).toBe("national"); // Toronto -> Vancouver
    expect(deliveryLane("M5V", "P7B")).toBe("national"); // Toronto -> Thunder Bay, 930 km
    expect(deliveryLane("H3B", "E1C")).toBe("regional"); // Montreal -> Moncton (neighbours), 690 km
    expect(deliveryLane("H3B", "B3H")).toBe("national"); // Montreal -> Halifax (not neighbours)
  });

  it("sends anything to or from Iqaluit (X0A) and other remote places to remote", () => {
    for (const origin of ["M5V 2T6", "V6B 1A1", "B3H 1A1", "R3C 0A1", "X1A 0A1", "X0A 0H0"]) {
      expect(deliveryLane(origin, "X0A 0H0"), origin).toBe("remote");
    }
    expect(deliveryLane("X0A 0H0", "M5V 2T6")).toBe("remote");
    expect(deliveryLane("M5V", "Y1A")).toBe("remote");
    expect(deliveryLane("T5J", "T0V")).toBe("remote");
  });

  it("returns null for anything that is not a Canadian postal code", () => {
    expect(deliveryLane("90210", "M5V 2T6")).toBeNull();
    expect(deliveryLane("M5V 2T6", "")).toBeNull();
    expect(deliveryLane("M5V 2T6", "Z9Z 9Z9")).toBeNull();
  });

  it("is symmetric and defined for every pair of FSAs", () => {
    const fsas = Object.keys(CA_FSA).filter((_, i) => i % 17 === 0);
    for (const a of fsas) {
      for (const b of fsas) {
        const lane = deliveryLane(a, b);
        expect(["local", "regional", "national", "remote"]).toContain(lane);
        expect(deliveryLane(b, a)).toBe(lane);
      }
    }
  });

  it("uses a symmetric neighbour table", () => {
    const provinces = ["AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT"] as const;
    for (const a of provinces) for (const b of provinces) expect(areNeighbourProvinces(a, b)).toBe(areNeighbourProvinces(b, a));
    expect(areNeighbourProvinces("ON", "QC")).toBe(true);
    expect(areNeighbourProvinces("ON", "AB")).toBe(false);
  });
});
