/**
 * Every code validateAddress can return, with the names of the values its message uses. The
 * messages are in messages/addresses.{en,fr}.json under address.errors; a test keeps the three in
 * step. Province values are codes (ON, QC): the messages turn them into names with an ICU select,
 * so one set of values reads right in both languages ("à l'Ontario", "au Québec").
 */
export const ADDRESS_ERROR_VALUES = {
  nameOrCompanyRequired: [],
  line1Required: [],
  cityRequired: [],
  countryRequired: [],
  countryInvalid: [],
  senderOutsideCanada: [],
  phoneRequired: [],
  emailInvalid: [],
  tooLong: ["max"],
  provinceRequired: [],
  provinceInvalid: [],
  postalCodeRequired: [],
  postalCodeFormat: [],
  postalCodeUnknownFsa: ["fsa"],
  postalCodeProvinceMismatch: ["postalProvince", "province"],
  stateRequired: [],
  stateInvalid: [],
  zipRequired: [],
  zipFormat: [],
  zipStateMismatch: ["zip", "zipState", "state"],
  regionRequired: [],
  postalCodeRequiredForCountry: ["example"],
  postalCodeFormatForCountry: ["example"],
} as const satisfies Record<string, readonly string[]>;

export type AddressErrorCode = keyof typeof ADDRESS_ERROR_VALUES;

export const ADDRESS_ERROR_CODES = Object.keys(ADDRESS_ERROR_VALUES) as AddressErrorCode[];

/** One problem with one field; the same shape as FieldProblem in lib/errors.ts. */
export interface AddressProblem {
  code: AddressErrorCode;
  values?: Record<string, string>;
}

export const ADDRESS_FIELDS = ["name", "company", "line1", "line2", "city", "province", "postalCode", "country", "phone", "email"] as const;

export type AddressField = (typeof ADDRESS_FIELDS)[number];

export type AddressErrors = Partial<Record<AddressField, AddressProblem>>;
