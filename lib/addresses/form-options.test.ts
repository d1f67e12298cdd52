import { describe, expect, it } from "vitest";
import { addressFormOptions } from "./form-options";

describe("addressFormOptions", () => {
  it("lists Canada and the United States first, then every other country by name in the reader's language", () => {
    const en = addressFormOptions("en").countries;
    expect(en.slice(0, 2).map((c) => c.value)).toEqual(["CA", "US"]);
    expect(en.slice(2, 4).map((c) => c.label)).toEqual(["Afghanistan", "Åland Islands"]);
    const fr = addressFormOptions("fr").countries;
    expect(fr.slice(0, 2).map((c) => c.label)).toEqual(["Canada", "États-Unis d'Amérique"]);
    expect(fr.filter((c) => c.value === "CA" || c.value === "US")).toHaveLength(2);
    expect(fr).toHaveLength(en.length);
  });

  it("has the provinces and states in each language", () => {
    expect(addressFormOptions("fr").provinces.find((p) => p.value === "PE")?.label).toBe("Île-du-Prince-Édouard");
    expect(addressFormOptions("en").states.find((s) => s.value === "NY")?.label).toBe("New York");
  });

  it("is built once per language, and no page can reorder the shared lists", () => {
    const options = addressFormOptions("en");
    expect(addressFormOptions("en")).toBe(options);
    expect(addressFormOptions("fr")).not.toBe(options);
    expect(() => (options.countries as { value: string; label: string }[]).sort()).toThrow(TypeError);
    expect(() => ((options.provinces[0] as { label: string }).label = "changed")).toThrow(TypeError);
    expect(options.provinces[0]!.label).toBe("Alberta");
  });
});
