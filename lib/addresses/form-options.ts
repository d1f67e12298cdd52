import { countryOptions } from "./countries";
import type { AddressLocale, Option } from "./locale";
import { provinceOptions } from "./provinces";
import { usStateOptions } from "./us-states";

export interface AddressFormOptions {
  /** Canada and the United States first (where most parcels go), then every country by name. */
  countries: readonly Option[];
  provinces: readonly Option[];
  states: readonly Option[];
}

const built = new Map<AddressLocale, AddressFormOptions>();

/** The selects of an address form (contact, quick quote, batch sheet) in the reader's language, built once per language. */
export function addressFormOptions(locale: AddressLocale): AddressFormOptions {
  let options = built.get(locale);
  if (!options) {
    const all = countryOptions(locale);
    const first = ["CA", "US"].map((code) => all.find((c) => c.value === code)).filter((c): c is Option => c !== undefined);
    options = Object.freeze({
      countries: Object.freeze([...first, ...all.filter((c) => c.value !== "CA" && c.value !== "US")]),
      provinces: provinceOptions(locale),
      states: usStateOptions(locale),
    });
    built.set(locale, options);
  }
  return options;
}
