import { describe, expect, it } from "vitest";
import { PROVINCES, provinceCodeFrom, provinceName, provinceOptions } from "./provinces";
import { US_STATES, usStateCodeFrom, usStateOptions } from "./us-states";

describe("provinces and territories", () => {
  it("are the 13, with names in both languages", () => {
    expect(PROVINCES.map((p) => p.code).sort()).toEqual(["AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT"]);
    expect(provinceName("QC", "en")).toBe("Quebec");
    expect(provinceName("QC", "fr")).toBe("Québec");
    expect(provinceName("bc", "fr")).toBe("Colombie-Britannique");
    expect(provinceName("NT", "fr")).toBe("Territoires du Nord-Ouest");
    expect(provinceName("PE", "fr")).toBe("Île-du-Prince-Édouard");
  });

  it("names US states too, and nothing else", () => {
    expect(provinceName("NY", "en")).toBe("New York");
    expect(provinceName("NC", "fr")).toBe("Caroline du Nord");
    expect(provinceName("ZZ", "en")).toBeNull();
  });

  it("reads codes and names typed either way", () => {
    expect(provinceCodeFrom("qc")).toBe("QC");
    expect(provinceCodeFrom("Québec")).toBe("QC");
    expect(provinceCodeFrom("quebec")).toBe("QC");
    expect(provinceCodeFrom(" british  columbia ")).toBe("BC");
    expect(provinceCodeFrom("Île-du-Prince-Édouard")).toBe("PE");
    expect(provinceCodeFrom("Ile du Prince Edouard")).toBe("PE");
    expect(provinceCodeFrom("PQ")).toBe("QC");
    expect(provinceCodeFrom("NY")).toBeNull();
    expect(provinceCodeFrom("Ontar")).toBeNull();
  });

  it("sort by name in each language", () => {
    expect(provinceOptions("en").map((o) => o.value)).toEqual(["AB", "BC", "MB", "NB", "NL", "NT", "NS", "NU", "ON", "PE", "QC", "SK", "YT"]);
    expect(provinceOptions("fr").map((o) => o.label)).toEqual([
      "Alberta", "Colombie-Britannique", "Île-du-Prince-Édouard", "Manitoba", "Nouveau-Brunswick", "Nouvelle-Écosse", "Nunavut",
      "Ontario", "Québec", "Saskatchewan", "Terre-Neuve-et-Labrador", "Territoires du Nord-Ouest", "Yukon",
    ]);
  });
});

describe("US states", () => {
  it("are the 50 states, DC, the territories, the freely associated states and the armed forces codes", () => {
    const codes = US_STATES.map((s) => s.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(US_STATES.filter((s) => s.kind === "state")).toHaveLength(50);
    for (const code of ["DC", "PR", "VI", "GU", "AS", "MP", "AA", "AE", "AP"]) expect(codes, code).toContain(code);
  });

  it("read codes and names in either language", () => {
    expect(usStateCodeFrom("ny")).toBe("NY");
    expect(usStateCodeFrom("California")).toBe("CA");
    expect(usStateCodeFrom("Californie")).toBe("CA");
    expect(usStateCodeFrom("Porto Rico")).toBe("PR");
    expect(usStateCodeFrom("ON")).toBeNull();
  });

  it("sort by name in each language", () => {
    const fr = usStateOptions("fr").map((o) => o.label);
    expect(fr.indexOf("Caroline du Nord")).toBeLessThan(fr.indexOf("Colorado"));
    expect(usStateOptions("en")[0]).toEqual({ value: "AL", label: "Alabama" });
  });
});
