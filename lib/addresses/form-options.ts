import { countryOptions } from "./countries";
import { oncePerLocale, type AddressLocale, type Option } from "./locale";
import { provinceOptions } from "./provinces";
import { usStateOptions } from "./us-states";

export interface AddressFormOptions {
  /** Canada and the United States first (where most parcels go), then every country by name. */
  countries: readonly Option[];
  provinces: readonly Option[];
  states: readonly Option[];
}

/** The selects of an address form (contact, quick quote, batch sheet) in the reader's language, built once per language. */
export const addressFormOptions: (locale: AddressLocale) => AddressFormOptions = oncePerLocale((locale) => {
  const all = countryOptions(locale);
  const first = ["CA", "US"].map((code) => all.find((c) => c.value === code)).filter((c): c is Option => c !== undefined);
  return Object.freeze({
    countries: Object.freeze([...first, ...all.filter((c) => c.value !== "CA" && c.value !== "US")]),
    provinces: provinceOptions(locale),
    states: usStateOptions(locale),
  });
});
