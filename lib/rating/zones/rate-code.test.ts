import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CA_FSA } from "@/lib/addresses/data/ca-fsa";
import { DOMESTIC_2022 } from "../data/2022/domestic";
import { RATE_CODE_EXAMPLES } from "./calibration-examples";
import { calibrate, parseExamplesCsv, report } from "./calibration";
import { fsaSlot } from "./geo";
import { laneFeatures } from "./lane-features";
import { codeForLane, compileModel, LETTERS, type LaneFeatures } from "./model";
import { RATE_CODE_MODEL } from "./model-params";
import { domesticRateCode, explainDomesticRateCode } from "./rate-code";

const CSV = path.resolve(import.meta.dirname, "../../../../shared/data/canada-post-2022/domestic_rate_code_examples.csv");
const SOURCE_MD = fs.readFileSync(path.join(import.meta.dirname, "SOURCE.md"), "utf8");
const RATE_CODES = new Set(Object.keys(DOMESTIC_2022.small_business["DOM.RP"]!.pricesCents));
const FSAS = Object.keys(CA_FSA);
const sample = (step: number, offset = 0) => FSAS.filter((_, i) => i % step === offset);
const letterOf = (code: string | null) => LETTERS.indexOf(code![0] as (typeof LETTERS)[number]);

describe("calibration", () => {
  it("reproduces the examples as documented in SOURCE.md", () => {
    const r = report(RATE_CODE_EXAMPLES, domesticRateCode);
    const match = /reproduces (\d+) of (\d+) codes exactly, (\d+) of \2 letters, median price error ([\d.]+)% \(mean ([\d.]+)%\)/.exec(SOURCE_MD);
    expect(match, "SOURCE.md states the in-sample figures").not.toBeNull();
    const [, exact, total, letters, medianPct, meanPct] = match!;
    expect(r.examples).toBe(Number(total));
    expect(r.exact).toBe(Number(exact));
    expect(r.letters).toBe(Number(letters));
    expect((r.medianPriceError * 100).toFixed(1)).toBe(medianPct);
    expect((r.meanPriceError * 100).toFixed(1)).toBe(meanPct);
  });

  it("ships exactly the parameters calibrate.ts makes from the examples (deterministic)", () => {
    expect(calibrate(RATE_CODE_EXAMPLES, { source: RATE_CODE_MODEL.source })).toEqual(RATE_CODE_MODEL);
  });

  it.skipIf(!fs.existsSync(CSV))("has the examples of ../shared/data/canada-post-2022", () => {
    expect(parseExamplesCsv(fs.readFileSync(CSV, "utf8"))).toEqual(RATE_CODE_EXAMPLES);
  });

  it("is a model, not a table of the examples: its parameters name no FSA", () => {
    const strings: string[] = [];
    JSON.stringify(RATE_CODE_MODEL, (_, value: unknown) => (typeof value === "string" && strings.push(value), value));
    expect(strings.length).toBeGreaterThan(43);
    for (const s of strings) expect(s).not.toMatch(/[ABCEGHJ-NPRSTVXY]\d[A-Z]/i);
    expect(fs.readFileSync(path.join(import.meta.dirname, "rate-code.ts"), "utf8")).not.toContain("calibration-examples");
  });

  it("has one prototype per code A1..H5 and a letter table that never goes back", () => {
    const codes = RATE_CODE_MODEL.prototypes.map((p) => p.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(RATE_CODES.has(code), code).toBe(true);
    for (const letter of LETTERS) expect(codes.some((c) => c[0] === letter), letter).toBe(true);
    const t = RATE_CODE_MODEL.letters.map((row) => row.map((l) => LETTERS.indexOf(l)));
    expect(t).toHaveLength(4);
    for (let b = 0; b < 4; b++) {
      expect(t[b]).toHaveLength(3);
      for (let l = 0; l < 3; l++) {
        if (b > 0) expect(t[b]![l]!).toBeGreaterThanOrEqual(t[b - 1]![l]!);
        if (l > 0) expect(t[b]![l]!).toBeGreaterThanOrEqual(t[b]![l - 1]!);
      }
    }
  });
});

describe("domesticRateCode", () => {
  it("accepts full postal codes in any form, or bare FSAs, with the same result", () => {
    const code = domesticRateCode("K1A 0B1", "V6B 1A1");
    expect(code).not.toBeNull();
    expect(domesticRateCode("k1a0b1", "v6b1a1")).toBe(code);
    expect(domesticRateCode("K1A", "V6B")).toBe(code);
    expect(domesticRateCode(" K1A-0B1 ", "V6B 2Z9")).toBe(code);
  });

  it("returns null only for what is not a Canadian postal code or FSA", () => {
    for (const bad of ["", "90210", "K1A 0B", "Z9Z 9Z9", "D1A 1A1", "SW1A 1AA", "K1A0B1K"]) {
      expect(domesticRateCode(bad, "M5V 2T6"), bad).toBeNull();
      expect(domesticRateCode("M5V 2T6", bad), bad).toBeNull();
      expect(explainDomesticRateCode(bad, "M5V 2T6")).toBeNull();
    }
  });

  it("rates FSAs missing from the data through their fallback point (L7K, S7W)", () => {
    expect(domesticRateCode("M9P 0A1", "L7K 0A0")?.[0]).toBe("A");
    expect(domesticRateCode("S7W 0A1", "S9V 0A0")).toMatch(/^[A-H]\d$/);
    expect(domesticRateCode("X9Z", "M5V")).toMatch(/^[A-J]\d$/); // no X9 FSA at all: first letter's centroid
  });

  it("only ever returns valid rate codes", () => {
    for (const a of sample(13)) {
      for (const b of sample(13, 5)) {
        const code = domesticRateCode(a, b);
        expect(RATE_CODES.has(code!), `${a} -> ${b}: ${code}`).toBe(true);
      }
    }
  });

  it("gives J codes to the fly-in Arctic only, which Priority does not serve", () => {
    expect(domesticRateCode("M5V 2T6", "X0A 0H0")).toMatch(/^J[12]$/);
    expect(domesticRateCode("X0C 0A0", "R3C 0A1")).toMatch(/^J[12]$/);
    expect(domesticRateCode("H3B", "J0M")).toMatch(/^J[12]$/);
    expect(domesticRateCode("M5V 2T6", "X1A 0A1")).toMatch(/^[GH]\d$/); // Yellowknife has roads
    const priority = DOMESTIC_2022.small_business["DOM.PC"]!.pricesCents;
    expect(priority.J1).toBeUndefined();
    expect(priority.J2).toBeUndefined();
    for (const a of sample(29)) for (const b of sample(31, 3)) {
      const code = domesticRateCode(a, b)!;
      if (code[0] !== "J") expect(priority[code], code).toBeDefined();
    }
  });

  it("gives the same letter both ways (the letter is symmetric; the digit may not be)", () => {
    for (const a of sample(23)) for (const b of sample(19, 7)) expect(domesticRateCode(a, b)![0], `${a} <-> ${b}`).toBe(domesticRateCode(b, a)![0]);
  });

  it("sorts clear lanes sensibly", () => {
    expect(domesticRateCode("M5V 2T6", "M4C 1A1")![0]).toBe("A"); // Toronto local
    expect(letterOf(domesticRateCode("M5V 2T6", "K1A 0B1"))).toBeLessThan(letterOf(domesticRateCode("M5V 2T6", "V6B 1A1")));
    expect(domesticRateCode("M5V 2T6", "V6B 1A1")![0]).toBe("G"); // coast to coast, cities
  });

  it("explains its result", () => {
    const e = explainDomesticRateCode("M5V 2T6", "V6B 1A1")!;
    expect(e).toMatchObject({ originFsa: "M5V", destinationFsa: "V6B", code: domesticRateCode("M5V", "V6B") });
    expect(e.features.distanceKm).toBeGreaterThan(3300);
    expect(e.band).toBe(3);
    expect(e.level).toBe(0);
  });

  it("is fast: thousands of distinct lanes in a few milliseconds", () => {
    const origins = sample(16);
    const destinations = sample(16, 9);
    domesticRateCode("K1A", "M5V"); // one-off derivation of the FSA data
    const start = performance.now();
    let n = 0;
    for (const a of origins) for (const b of destinations) if (domesticRateCode(a + " 1A1", b)) n++;
    const ms = performance.now() - start;
    expect(n).toBe(origins.length * destinations.length);
    // About 1.5 us a lane uncached, 0.15 us cached; the bound is loose for busy machines.
    expect(ms / n).toBeLessThan(50e-3);
  });
});

describe("monotone sanity (all else equal)", () => {
  const model = compileModel(RATE_CODE_MODEL);
  const lanes: LaneFeatures[] = [];
  for (const a of sample(41)) for (const b of sample(43, 11)) lanes.push(laneFeatures(fsaSlot(a), fsaSlot(b)));
  const ordinary = lanes.filter((f) => !f.arctic);
  const letter = (f: LaneFeatures) => letterOf(codeForLane(model, f));

  it("never gives a farther destination an earlier letter", () => {
    for (const f of ordinary) {
      let previous = -1;
      for (const km of [0, 5, 20, 50, 100, 200, 400, 700, 1000, 1500, 2000, 3000, 4000, 5000]) {
        const l = letter({ ...f, distanceKm: km });
        expect(l, `${JSON.stringify(f)} at ${km} km`).toBeGreaterThanOrEqual(previous);
        previous = l;
      }
    }
  });

  it("never gives a more remote end an earlier letter", () => {
    for (const f of ordinary) {
      const base = letter(f);
      expect(letter({ ...f, destinationRural: true })).toBeGreaterThanOrEqual(base);
      expect(letter({ ...f, originRural: true })).toBeGreaterThanOrEqual(base);
      expect(letter({ ...f, destinationCentreKm: f.destinationCentreKm + 300 })).toBeGreaterThanOrEqual(base);
      expect(letter({ ...f, originTerritory: true })).toBeGreaterThanOrEqual(base);
    }
  });
});
