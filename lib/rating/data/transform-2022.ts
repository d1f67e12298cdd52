/**
 * The pure half of build-2022.ts: turns the 2022 Canada Post CSVs (../shared/data/canada-post-2022)
 * into the source text of the generated modules under ./2022/. No file system here, so the data
 * test can re-run it in memory and check the generated files are up to date.
 */
import { parseCsv } from "./csv";

export const CSV_FILES = {
  domestic: "cp_domestic_prices_2022.csv",
  domesticOver30: "cp_domestic_over30_per_0.5kg_2022.csv",
  usaIntl: "cp_usa_intl_prices_2022.csv",
  usaIntlOver30: "cp_usa_intl_over30_per_0.5kg_2022.csv",
  priorityWorldwide: "cp_priority_worldwide_prices_2022.csv",
  priorityWorldwideOver30: "cp_priority_worldwide_over30_per_0.5kg_2022.csv",
  usaStates: "cp_usa_state_rate_codes_2022.csv",
  intlCountries: "cp_intl_country_rate_codes_2022.csv",
} as const;

export type CsvTexts = Record<(typeof CSV_FILES)[keyof typeof CSV_FILES], string>;

export const CUSTOMER_TYPES = ["consumer", "small_business"] as const;
type Customer = (typeof CUSTOMER_TYPES)[number];

/** CSV service name -> Canada Post service code (as in lib/rating/services.ts). */
export const SERVICE_CODE_BY_CSV_NAME: Readonly<Record<string, string>> = {
  Priority: "DOM.PC",
  Xpresspost: "DOM.XP",
  "Expedited Parcel": "DOM.EP",
  "Regular Parcel": "DOM.RP",
  "Xpresspost – USA": "USA.XP",
  "Expedited Parcel – USA": "USA.EP",
  "Tracked Packet – USA": "USA.TP",
  "Small Packet – USA Air": "USA.SP.AIR",
  "Xpresspost – International": "INT.XP",
  "International Parcel – Air": "INT.IP.AIR",
  "International Parcel – Surface": "INT.IP.SURF",
  "Tracked Packet – International": "INT.TP",
  "Small Packet – International Air": "INT.SP.AIR",
  "Small Packet – International Surface": "INT.SP.SURF",
};

/** Priority Worldwide: rate code 1 is the USA (USA.PW.*), 2 to 7 the rest of the world (INT.PW.*). */
const PW_SUFFIX_BY_CSV_NAME: Readonly<Record<string, string>> = {
  "Priority Worldwide": "PARCEL",
  "Priority Worldwide Envelope": "ENV",
  "Priority Worldwide Pak": "PAK",
};

export function priorityWorldwideServiceCode(csvService: string, rateCode: string): string {
  const suffix = PW_SUFFIX_BY_CSV_NAME[csvService];
  if (!suffix) throw new Error(`unknown Priority Worldwide service ${JSON.stringify(csvService)}`);
  return `${rateCode === "1" ? "USA" : "INT"}.PW.${suffix}`;
}

/** Service code for any price or add-on row (domestic, USA/international or Priority Worldwide). */
export function serviceCodeForRow(csvService: string, rateCode: string): string {
  if (csvService in PW_SUFFIX_BY_CSV_NAME) return priorityWorldwideServiceCode(csvService, rateCode);
  const code = SERVICE_CODE_BY_CSV_NAME[csvService];
  if (!code) throw new Error(`unknown service ${JSON.stringify(csvService)}`);
  return code;
}

/** Country table service -> group key used in IntlCountryTables. */
const COUNTRY_GROUP_BY_CSV_NAME: Readonly<Record<string, string>> = {
  "Priority Worldwide": "INT.PW",
  "Xpresspost – International": "INT.XP",
  "International Parcel – Air": "INT.IP.AIR",
  "International Parcel – Surface": "INT.IP.SURF",
  "Tracked Packet – International": "INT.TP",
  "Small Packet – International": "INT.SP",
};

const STATE_SERVICE_BY_CSV_NAME: Readonly<Record<string, string>> = {
  "Xpresspost – USA": "USA.XP",
  "Expedited Parcel – USA": "USA.EP",
};

/** "21.59" -> 2159, exactly (no floating point). */
export function dollarsToCents(text: string): number {
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!m) throw new Error(`not a price: ${JSON.stringify(text)}`);
  return Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0"));
}

/** "0.75" -> 750 grams, exactly. */
export function kgToGrams(text: string): number {
  const m = /^(\d+)(?:\.(\d{1,3}))?$/.exec(text.trim());
  if (!m) throw new Error(`not a weight: ${JSON.stringify(text)}`);
  return Number(m[1]) * 1000 + Number((m[2] ?? "").padEnd(3, "0"));
}

function customer(text: string): Customer {
  if (!(CUSTOMER_TYPES as readonly string[]).includes(text)) throw new Error(`unknown customer_type ${JSON.stringify(text)}`);
  return text as Customer;
}

const byCode = (a: string, b: string) => a.localeCompare(b, "en", { numeric: true });

type Cells = Map<string, Map<string, Map<number, number>>>; // service -> rate code -> grams -> cents
interface Table {
  weightStepsGrams: number[];
  pricesCents: Record<string, number[]>;
}

function priceTables(csv: string, serviceFor: (service: string, rateCode: string) => string): Record<Customer, Record<string, Table>> {
  const cells: Record<Customer, Cells> = { consumer: new Map(), small_business: new Map() };
  for (const row of parseCsv(csv)) {
    const service = serviceFor(row.service!, row.rate_code!);
    const byService = cells[customer(row.customer_type!)];
    const byRate = byService.get(service) ?? new Map<string, Map<number, number>>();
    byService.set(service, byRate);
    const byWeight = byRate.get(row.rate_code!) ?? new Map<number, number>();
    byRate.set(row.rate_code!, byWeight);
    const grams = kgToGrams(row.max_weight_kg!);
    const cents = dollarsToCents(row.price_cad!);
    if (byWeight.has(grams) && byWeight.get(grams) !== cents) {
      throw new Error(`conflicting prices for ${row.customer_type} ${service} ${row.rate_code} ${grams} g`);
    }
    byWeight.set(grams, cents);
  }
  const out = { consumer: {}, small_business: {} } as Record<Customer, Record<string, Table>>;
  for (const c of CUSTOMER_TYPES) {
    for (const service of [...cells[c].keys()].sort(byCode)) {
      const byRate = cells[c].get(service)!;
      const steps = [...new Set([...byRate.values()].flatMap((m) => [...m.keys()]))].sort((a, b) => a - b);
      const pricesCents: Record<string, number[]> = {};
      for (const rate of [...byRate.keys()].sort(byCode)) {
        const byWeight = byRate.get(rate)!;
        pricesCents[rate] = steps.map((g) => {
          const cents = byWeight.get(g);
          if (cents === undefined) throw new Error(`missing price for ${c} ${service} ${rate} ${g} g`);
          return cents;
        });
      }
      out[c][service] = { weightStepsGrams: steps, pricesCents };
    }
  }
  return out;
}

function over30Tables(csvs: string[]): Record<Customer, Record<string, Record<string, number>>> {
  const out: Record<Customer, Record<string, Record<string, number>>> = { consumer: {}, small_business: {} };
  for (const csv of csvs) {
    for (const row of parseCsv(csv)) {
      const service = serviceCodeForRow(row.service!, row.rate_code!);
      const table = (out[customer(row.customer_type!)][service] ??= {});
      const cents = dollarsToCents(row["add_per_0.5kg_cad"]!);
      if (table[row.rate_code!] !== undefined && table[row.rate_code!] !== cents) throw new Error(`conflicting add-on ${service} ${row.rate_code}`);
      table[row.rate_code!] = cents;
    }
  }
  for (const c of CUSTOMER_TYPES) out[c] = sortRecord(out[c], (t) => sortRecord(t, (v) => v));
  return out;
}

function usaStateTables(csv: string): Record<string, Record<string, string[]>> {
  const out: Record<string, Record<string, string[]>> = {};
  for (const row of parseCsv(csv)) {
    const service = STATE_SERVICE_BY_CSV_NAME[row.service!];
    if (!service) throw new Error(`unknown USA service ${JSON.stringify(row.service)}`);
    const zones = [row.zoneA_atlantic!, row.zoneB_QC_ON!, row.zoneC_MB_SK_AB_BC!, row.zoneD_YT_NT_NU!];
    if (zones.some((z) => !/^\d+$/.test(z))) throw new Error(`bad rate codes for ${row.code}: ${zones.join(",")}`);
    const table = (out[service] ??= {});
    const previous = table[row.code!];
    // Several armed forces regions share AE, with the same codes.
    if (previous && previous.join() !== zones.join()) throw new Error(`conflicting rate codes for state ${row.code}`);
    table[row.code!] = zones;
  }
  return sortRecord(out, (t) => sortRecord(t, (v) => v));
}

function intlCountryTables(csv: string): Record<string, Record<string, [string, number, number | null]>> {
  const out: Record<string, Record<string, [string, number, number | null]>> = {};
  for (const row of parseCsv(csv)) {
    const group = COUNTRY_GROUP_BY_CSV_NAME[row.service!];
    if (!group) throw new Error(`unknown international service ${JSON.stringify(row.service)}`);
    if (!/^[A-Z]{2}$/.test(row.code!)) throw new Error(`bad country code ${JSON.stringify(row.code)}`);
    const coverage = row.max_coverage_or_declared_value!.trim();
    const entry: [string, number, number | null] = [row.rate_code!, kgToGrams(row.max_weight_kg!), coverage === "" ? null : dollarsToCents(coverage)];
    const table = (out[group] ??= {});
    const previous = table[row.code!];
    // Bonaire, Saba, Sint Eustatius and "Dutch Caribbean" all print as BQ, with the same terms.
    if (previous && JSON.stringify(previous) !== JSON.stringify(entry)) throw new Error(`conflicting rate codes for ${group} ${row.code}`);
    table[row.code!] = entry;
  }
  return sortRecord(out, (t) => sortRecord(t, (v) => v));
}

function sortRecord<T, U>(record: Record<string, T>, map: (value: T) => U): Record<string, U> {
  return Object.fromEntries(Object.keys(record).sort(byCode).map((k) => [k, map(record[k]!)]));
}

// ---- source text ----

const key = (k: string) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k));
const list = (values: readonly unknown[]) => `[${values.map((v) => JSON.stringify(v)).join(", ")}]`;

function header(csvNames: string[], what: string): string {
  return `// Generated by lib/rating/data/build-2022.ts from ../shared/data/canada-post-2022/${csvNames.join(", ")}: do not edit by hand.
// Canada Post 2022 price guides (Consumer DK19700, Business DK19701), updated January 10, 2022. See ../SOURCE.md.
// ${what}
`;
}

function tablesSource(name: string, doc: string, tables: Record<Customer, Record<string, Table>>): string {
  const lines: string[] = [`/** ${doc} */`, `export const ${name}: Readonly<Record<CustomerType, ServiceTables>> = {`];
  for (const c of CUSTOMER_TYPES) {
    lines.push(`  ${c}: {`);
    for (const [service, t] of Object.entries(tables[c])) {
      lines.push(`    ${key(service)}: {`, `      weightStepsGrams: ${list(t.weightStepsGrams)},`, `      pricesCents: {`);
      for (const [rate, prices] of Object.entries(t.pricesCents)) lines.push(`        ${key(rate)}: ${list(prices)},`);
      lines.push(`      },`, `    },`);
    }
    lines.push(`  },`);
  }
  lines.push(`};`);
  return lines.join("\n") + "\n";
}

/** Generated file name (relative to lib/rating/data/2022/) -> TypeScript source. */
export function build2022(csv: CsvTexts): Record<string, string> {
  const f = CSV_FILES;
  const typesImport = (names: string) => `import type { ${names} } from "../../price-lists/types";\n\n`;

  const domestic = priceTables(csv[f.domestic], (s) => {
    const code = serviceCodeForRow(s, "");
    if (!code.startsWith("DOM.")) throw new Error(`not a domestic service: ${s}`);
    return code;
  });
  const usaIntl = priceTables(csv[f.usaIntl], (s) => {
    const code = serviceCodeForRow(s, "");
    if (code.startsWith("DOM.")) throw new Error(`not a USA/international service: ${s}`);
    return code;
  });
  const pw = priceTables(csv[f.priorityWorldwide], priorityWorldwideServiceCode);
  const over30 = over30Tables([csv[f.domesticOver30], csv[f.usaIntlOver30], csv[f.priorityWorldwideOver30]]);
  const states = usaStateTables(csv[f.usaStates]);
  const countries = intlCountryTables(csv[f.intlCountries]);

  const over30Lines = [`/** Add-on in cents per extra 0.5 kg above 30 kg, by customer type, service code and rate code. */`];
  over30Lines.push(`export const OVER30_2022: Readonly<Record<CustomerType, Over30Tables>> = {`);
  for (const c of CUSTOMER_TYPES) {
    over30Lines.push(`  ${c}: {`);
    for (const [service, t] of Object.entries(over30[c])) {
      over30Lines.push(`    ${key(service)}: { ${Object.entries(t).map(([r, v]) => `${key(r)}: ${v}`).join(", ")} },`);
    }
    over30Lines.push(`  },`);
  }
  over30Lines.push(`};`);

  const stateLines = [`/** Rate code by origin zone [A: NL NS PE NB, B: QC ON, C: MB SK AB BC, D: YT NT NU], by service code and state code. */`];
  stateLines.push(`export const USA_STATE_RATE_CODES_2022: UsaStateTables = {`);
  for (const [service, t] of Object.entries(states)) {
    stateLines.push(`  ${key(service)}: {`);
    for (const [state, zones] of Object.entries(t)) stateLines.push(`    ${key(state)}: ${list(zones)},`);
    stateLines.push(`  },`);
  }
  stateLines.push(`};`);

  const countryLines = [
    `/** [rate code, max weight in grams, max coverage or declared value in cents or null], by service group and country code. */`,
    `export const INTL_COUNTRY_RATE_CODES_2022: IntlCountryTables = {`,
  ];
  for (const [group, t] of Object.entries(countries)) {
    countryLines.push(`  ${key(group)}: {`);
    for (const [country, entry] of Object.entries(t)) countryLines.push(`    ${key(country)}: ${list(entry)},`);
    countryLines.push(`  },`);
  }
  countryLines.push(`};`);

  return {
    "domestic.ts":
      header([f.domestic], "Domestic base prices in cents by customer type and service code; Expedited Parcel (DOM.EP) is small business only.") +
      typesImport("CustomerType, ServiceTables") +
      tablesSource("DOMESTIC_2022", "Domestic base prices (cents) by customer type, service code and rate code (A1..J2), per weight step (grams).", domestic),
    "usa-intl.ts":
      header([f.usaIntl], "USA and international base prices in cents (Xpresspost, Expedited, Tracked Packet, Small Packet, International Parcel).") +
      typesImport("CustomerType, ServiceTables") +
      tablesSource("USA_INTL_2022", "USA and international base prices (cents) by customer type, service code and rate code, per weight step (grams). Packet services to the USA use rate code ALL.", usaIntl),
    "priority-worldwide.ts":
      header([f.priorityWorldwide], "Priority Worldwide base prices in cents; rate code 1 is the USA (USA.PW.*), 2 to 7 international (INT.PW.*).") +
      typesImport("CustomerType, ServiceTables") +
      tablesSource("PRIORITY_WORLDWIDE_2022", "Priority Worldwide parcel (0.5 to 30 kg), envelope (500 g) and pak (1.5 kg) prices (cents) by customer type, service code and rate code.", pw),
    "over30.ts":
      header([f.domesticOver30, f.usaIntlOver30, f.priorityWorldwideOver30], "Add-on per extra 0.5 kg of (volumetric) weight above 30 kg.") +
      typesImport("CustomerType, Over30Tables") +
      over30Lines.join("\n") + "\n",
    "usa-state-codes.ts":
      header([f.usaStates], "US destination -> rate code by Canadian origin zone, for Xpresspost USA and Expedited Parcel USA.") +
      typesImport("UsaStateTables") +
      stateLines.join("\n") + "\n",
    "intl-country-codes.ts":
      header([f.intlCountries], "Country -> rate code per international service (best effort: some countries are missing for some services).") +
      typesImport("IntlCountryTables") +
      countryLines.join("\n") + "\n",
  };
}
