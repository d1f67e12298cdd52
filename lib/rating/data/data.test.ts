import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { basePriceCents, priceListFor } from "../price-lists";
import { SERVICES } from "../services";
import { parseCsv } from "./csv";
import { build2022, CSV_FILES, type CsvTexts, serviceCodeForRow } from "./transform-2022";

// The shared data folder sits beside the repository (here and in CI); the checks are skipped elsewhere.
const DIR = path.resolve(import.meta.dirname, "../../../../shared/data/canada-post-2022");
const haveCsv = fs.existsSync(DIR);
const read = (name: string) => fs.readFileSync(path.join(DIR, name), "utf8");

/** The CSV rows split naively (these price files quote nothing), independently of parseCsv. */
function rawRows(name: string): Record<string, string>[] {
  const [head, ...lines] = read(name).trim().split(/\r?\n/);
  const cols = head!.split(",");
  return lines.map((line) => {
    const cells = line.split(",");
    expect(cells).toHaveLength(cols.length);
    return Object.fromEntries(cols.map((c, i) => [c, cells[i]!]));
  });
}

/** "21.59" -> 2159 without the transform's helper. */
const cents = (price: string) => Math.round(Number(price) * 100);
const grams = (kg: string) => Math.round(Number(kg) * 1000);

const lists = {
  consumer: priceListFor("consumer", "2022-06-01")!,
  small_business: priceListFor("small_business", "2022-06-01")!,
};

describe.skipIf(!haveCsv)("2022 price data against ../shared/data/canada-post-2022", () => {
  it("is exactly what build-2022.ts makes from the CSVs (generated files up to date)", () => {
    const texts = Object.fromEntries(Object.values(CSV_FILES).map((n) => [n, read(n)])) as CsvTexts;
    const built = build2022(texts);
    const onDisk = fs.readdirSync(path.join(import.meta.dirname, "2022")).filter((f) => f.endsWith(".ts")).sort();
    expect(onDisk).toEqual(Object.keys(built).sort());
    for (const [name, source] of Object.entries(built)) {
      expect(fs.readFileSync(path.join(import.meta.dirname, "2022", name), "utf8"), name).toBe(source);
    }
  });

  for (const file of [CSV_FILES.domestic, CSV_FILES.usaIntl, CSV_FILES.priorityWorldwide]) {
    it(`prices every row of ${file} as published`, () => {
      const rows = rawRows(file);
      const services = new Set<string>();
      for (const row of rows) {
        const list = lists[row.customer_type as keyof typeof lists];
        const code = serviceCodeForRow(row.service!, row.rate_code!);
        services.add(`${row.customer_type} ${code}`);
        const g = grams(row.max_weight_kg!);
        const where = `${row.customer_type} ${row.service} ${row.rate_code} ${row.max_weight_kg} kg`;
        expect(basePriceCents(list, code, row.rate_code!, g), where).toBe(cents(row.price_cad!));
        // Any weight just under the step is billed at the same step (the step above the previous one).
        expect(basePriceCents(list, code, row.rate_code!, g - 1), where).toBe(cents(row.price_cad!));
      }
      expect(services.size).toBeGreaterThan(2);
    });
  }

  for (const file of [CSV_FILES.domesticOver30, CSV_FILES.usaIntlOver30, CSV_FILES.priorityWorldwideOver30]) {
    it(`adds the over-30 kg add-on of every row of ${file}`, () => {
      for (const row of rawRows(file)) {
        const list = lists[row.customer_type as keyof typeof lists];
        const code = serviceCodeForRow(row.service!, row.rate_code!);
        const at30 = basePriceCents(list, code, row.rate_code!, 30_000);
        const where = `${row.customer_type} ${row.service} ${row.rate_code}`;
        expect(at30, where).not.toBeNull();
        expect(basePriceCents(list, code, row.rate_code!, 30_001), where).toBe(at30! + cents(row["add_per_0.5kg_cad"]!));
        expect(basePriceCents(list, code, row.rate_code!, 31_500), where).toBe(at30! + 3 * cents(row["add_per_0.5kg_cad"]!));
      }
    });
  }

  it("has a table for every service in services.ts (small business), every one but DOM.EP for consumers", () => {
    for (const { code } of SERVICES) {
      expect(lists.small_business.rates[code], code).toBeDefined();
      if (code === "DOM.EP") expect(lists.consumer.rates[code]).toBeUndefined();
      else expect(lists.consumer.rates[code], code).toBeDefined();
    }
    const known = new Set(SERVICES.map((s) => s.code));
    for (const code of Object.keys(lists.small_business.rates)) expect(known.has(code), code).toBe(true);
  });

  it("keeps every country and state row, deduplicating identical codes", () => {
    const countries = parseCsv(read(CSV_FILES.intlCountries));
    const groups = lists.consumer.intlCountryRateCodes;
    const total = Object.values(groups).reduce((n, t) => n + Object.keys(t).length, 0);
    expect(total).toBe(new Set(countries.map((r) => `${r.service} ${r.code}`)).size);
    const states = parseCsv(read(CSV_FILES.usaStates));
    for (const r of states) {
      const service = r.service!.startsWith("Xpresspost") ? "USA.XP" : "USA.EP";
      expect(lists.consumer.usaStateRateCodes[service]?.[r.code!], r.destination).toEqual([
        r.zoneA_atlantic, r.zoneB_QC_ON, r.zoneC_MB_SK_AB_BC, r.zoneD_YT_NT_NU,
      ]);
    }
  });
});

describe("CSV reader and transform guards", () => {
  it("reads quoted cells with commas and escaped quotes", () => {
    expect(parseCsv('a,b\r\n"Korea, South","say ""hi"""\n')).toEqual([{ a: "Korea, South", b: 'say "hi"' }]);
  });

  it("refuses unknown services", () => {
    expect(() => serviceCodeForRow("Priority Next Day", "A1")).toThrow(/unknown service/);
  });
});
