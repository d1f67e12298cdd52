/**
 * Offline address checks for Canada Post shipments: Canadian postal codes against the FSA table,
 * US states and ZIP codes, other countries' postal codes from Google's address data, country and
 * province names in English and French. Pure: no database, no network, no framework.
 */
export { cityFromPlace, suggestCity } from "./city-suggestion";
export { COUNTRY_CODES, countryName, countryOptions, isCountryCode } from "./countries";
export { addressFormOptions, type AddressFormOptions } from "./form-options";
export {
  ADDRESS_ERROR_CODES,
  ADDRESS_ERROR_VALUES,
  ADDRESS_FIELDS,
  type AddressErrorCode,
  type AddressErrors,
  type AddressField,
  type AddressProblem,
} from "./errors";
export type { AddressLocale, Option } from "./locale";
export {
  fsaInfo,
  normalizeCanadianPostalCode,
  normalizeZipCode,
  postalCodeUse,
  type FsaInfo,
  type PostalCodeUse,
} from "./postal-codes";
export { PROVINCES, isProvinceCode, provinceCodeFrom, provinceName, provinceOptions, type ProvinceCode } from "./provinces";
export { US_STATES, isUsStateCode, usStateCodeFrom, usStateOptions, type UsStateCode } from "./us-states";
export {
  ADDRESS_MAX_LENGTHS,
  validateAddress,
  type Address,
  type AddressInput,
  type AddressSuggestions,
  type AddressValidation,
  type FilledField,
  type ValidateAddressOptions,
} from "./validate-address";
