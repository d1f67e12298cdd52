import { cityFromPlace } from "./city-suggestion";
import { isCountryCode } from "./countries";
import { COUNTRY_RULES } from "./data/country-rules";
import { ADDRESS_MAX_LENGTHS } from "./limits";
import { ADDRESS_ERROR_VALUES, type AddressErrorCode, type AddressErrors, type AddressField } from "./errors";
import {
  fsaInfo,
  fsaServesProvince,
  matchesPostalCodePattern,
  normalizeCanadianPostalCode,
  normalizeZipCode,
  postalCodeExample,
  postalCodeUse,
  zipRegion,
} from "./postal-codes";
import { provinceCodeFrom } from "./provinces";
import { usStateCodeFrom } from "./us-states";

/** What a form or an import gives: any field may be missing or blank. */
export type AddressInput = Partial<Record<AddressField, string | null | undefined>>;

/**
 * A normalised address: single spaces, no blanks at the ends; country, province/state codes and
 * postal codes in upper case ("K1A 0B1", "12345-6789"). Blank optional fields are left out;
 * province and postalCode are "" for countries that have none.
 */
export interface Address {
  name?: string;
  company?: string;
  line1: string;
  line2?: string;
  city: string;
  province: string;
  postalCode: string;
  country: string;
  phone?: string;
  email?: string;
}

export interface AddressSuggestions {
  /** A city for a Canadian postal code, when the city was left blank (see suggestCity). */
  city?: string;
  /** The province of a Canadian postal code, when the province was left blank. */
  province?: string;
}

/** Fields that were blank and were filled from the postal code: the interface should ask the user to check them. */
export type FilledField = "city" | "province";

export type AddressValidation =
  | { ok: true; value: Address; suggestions: AddressSuggestions; filledFromPostalCode: FilledField[] }
  | { ok: false; errors: AddressErrors; value: Address; suggestions: AddressSuggestions; filledFromPostalCode: FilledField[] };

export interface ValidateAddressOptions {
  /** A sender ships from Canada and needs a phone number (Canada Post requires both); default recipient. */
  role?: "recipient" | "sender";
}

export { ADDRESS_MAX_LENGTHS };

// The pattern Canada Post's web services accept for notification emails (top-level domain of 2 to 5 letters).
const EMAIL = /^['_A-Za-z0-9\-+]+(?:\.['_A-Za-z0-9\-+]+)*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,5}$/;

type Values<C extends AddressErrorCode> = Record<(typeof ADDRESS_ERROR_VALUES)[C][number], string>;

function clean(value: string | null | undefined): string {
  return typeof value === "string" ? value.replace(/\s+/g, " ").trim() : "";
}

function length(text: string): number {
  return [...text].length;
}

class Problems {
  readonly errors: AddressErrors = {};

  /** Records the first problem of a field; later ones wait until it is fixed. */
  add<C extends AddressErrorCode>(field: AddressField, code: C, ...values: (typeof ADDRESS_ERROR_VALUES)[C] extends readonly [] ? [] : [Values<C>]) {
    if (this.errors[field]) return;
    this.errors[field] = values[0] ? { code, values: values[0] } : { code };
  }

  maxLength(field: keyof typeof ADDRESS_MAX_LENGTHS, text: string | undefined) {
    const max = ADDRESS_MAX_LENGTHS[field];
    if (text && length(text) > max) this.add(field, "tooLong", { max: String(max) });
  }
}

interface Draft {
  value: Address;
  problems: Problems;
  suggestions: AddressSuggestions;
  filled: FilledField[];
}

function checkCanada({ value, problems, suggestions, filled }: Draft) {
  const province = value.province ? provinceCodeFrom(value.province) : null;
  if (value.province && !province) problems.add("province", "provinceInvalid");
  if (province) value.province = province;

  if (!value.postalCode) problems.add("postalCode", "postalCodeRequired");
  else {
    const postalCode = normalizeCanadianPostalCode(value.postalCode);
    if (!postalCode) problems.add("postalCode", "postalCodeFormat");
    else {
      value.postalCode = postalCode;
      const info = fsaInfo(postalCode);
      if (!info) problems.add("postalCode", "postalCodeUnknownFsa", { fsa: postalCode.slice(0, 3) });
      else {
        if (!value.province) {
          value.province = suggestions.province = info.province;
          filled.push("province");
        } else if (province && !fsaServesProvince(info, province)) {
          problems.add("postalCode", "postalCodeProvinceMismatch", { postalProvince: info.province, province });
        }
        const city = !value.city && cityFromPlace(info.fsa, info.place);
        if (city) {
          value.city = suggestions.city = city;
          filled.push("city");
        }
      }
    }
  }
  if (!value.province) problems.add("province", "provinceRequired");
}

function checkUnitedStates({ value, problems }: Draft) {
  const state = value.province ? usStateCodeFrom(value.province) : null;
  if (!value.province) problems.add("province", "stateRequired");
  else if (!state) problems.add("province", "stateInvalid");
  else value.province = state;

  const zip = value.postalCode ? normalizeZipCode(value.postalCode) : null;
  if (!value.postalCode) problems.add("postalCode", "zipRequired");
  else if (!zip) problems.add("postalCode", "zipFormat");
  else {
    value.postalCode = zip;
    // Like a Canadian FSA, a ZIP's first three digits name its state (the USPS assigns them).
    const zipState = zipRegion(zip);
    if (zipState && state && zipState !== state) problems.add("postalCode", "zipStateMismatch", { zip, zipState, state });
  }
}

function checkOtherCountry({ value, problems }: Draft) {
  const country = value.country;
  if (!value.province && COUNTRY_RULES[country]?.regionRequired) problems.add("province", "regionRequired");
  problems.maxLength("province", value.province);

  value.postalCode = value.postalCode.toUpperCase();
  const use = postalCodeUse(country);
  const example = postalCodeExample(country) ?? "";
  if (!value.postalCode) {
    if (use === "required") problems.add("postalCode", "postalCodeRequiredForCountry", { example });
  } else if (use !== "none" && !matchesPostalCodePattern(value.postalCode, country)) {
    problems.add("postalCode", "postalCodeFormatForCountry", { example });
  }
  problems.maxLength("postalCode", value.postalCode);
}

/**
 * Checks and normalises an address for a Canada Post shipment, offline. Pure: no database, no
 * network. Canada: postal code format, FSA exists and serves the province, one of the 13 provinces
 * and territories (names in either language accepted); a blank city or province is filled from
 * the postal code and reported in `filledFromPostalCode`. United States: state, district,
 * territory or military code, and ZIP or ZIP+4 whose prefix belongs to that state. Elsewhere: an ISO country, the postal code
 * required and format-checked as Google's address data says, the region where that data requires
 * one. Everywhere: name or company, line 1, city and country required, Canada Post's lengths, a
 * valid email. Each field gets at most one problem, with a code from ADDRESS_ERROR_CODES.
 */
export function validateAddress(input: AddressInput, options: ValidateAddressOptions = {}): AddressValidation {
  const problems = new Problems();
  const value: Address = {
    line1: clean(input.line1),
    city: clean(input.city),
    province: clean(input.province),
    postalCode: clean(input.postalCode),
    country: clean(input.country).toUpperCase(),
  };
  for (const field of ["name", "company", "line2", "phone", "email"] as const) {
    const text = clean(input[field]);
    if (text) value[field] = text;
  }
  const draft: Draft = { value, problems, suggestions: {}, filled: [] };

  if (!value.name && !value.company) problems.add("name", "nameOrCompanyRequired");
  if (!value.line1) problems.add("line1", "line1Required");
  for (const field of ["name", "company", "line1", "line2", "phone", "email"] as const) problems.maxLength(field, value[field]);
  if (value.email && !EMAIL.test(value.email)) problems.add("email", "emailInvalid");
  if (options.role === "sender" && !value.phone) problems.add("phone", "phoneRequired");

  if (!value.country) problems.add("country", "countryRequired");
  else if (!isCountryCode(value.country)) problems.add("country", "countryInvalid");
  else {
    if (options.role === "sender" && value.country !== "CA") problems.add("country", "senderOutsideCanada");
    if (value.country === "CA") checkCanada(draft);
    else if (value.country === "US") checkUnitedStates(draft);
    else checkOtherCountry(draft);
  }

  if (!value.city) problems.add("city", "cityRequired");
  problems.maxLength("city", value.city);

  const { suggestions, filled } = draft;
  const errors = problems.errors;
  return Object.keys(errors).length === 0
    ? { ok: true, value, suggestions, filledFromPostalCode: filled }
    : { ok: false, errors, value, suggestions, filledFromPostalCode: filled };
}
