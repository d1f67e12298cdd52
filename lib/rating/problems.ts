/**
 * Why a service cannot be quoted, or what is wrong with a request. Pure data: `code` is a key
 * under `rating.problems` in messages/*.json and `values` fill its placeholders, so the interface
 * says it in the user's language ("Small Packet is limited to 2 kg").
 */
export type RatingProblemCode =
  | "originInvalid"
  | "destinationInvalid"
  | "weightInvalid"
  | "dimensionsInvalid"
  | "weightOverLimit"
  | "sideOverLimit"
  | "lengthGirthOverLimit"
  | "packetSizeOverLimit"
  | "countryWeightOverLimit"
  | "notToDestination"
  | "notOnLane"
  | "notInPriceList"
  | "noRateForWeight"
  | "optionNotOffered"
  | "optionsConflict"
  | "optionRequires"
  | "optionRequiresOneOf"
  | "coverageOverLimit"
  | "codOverLimit"
  | "amountInvalid"
  | "mailingDateInvalid"
  | "noPriceList"
  | "carrierFailed"
  | "carrierRejected"
  | "carrierBusy"
  | "carrierUnavailable"
  | "carrierAuthFailed"
  | "returnNotDomestic"
  | "returnAlreadyScanned"
  | "openReturnMaxUses"
  | "openReturnDomesticOnly"
  | "openReturnUsedUp"
  | "openReturnRetired";

export interface RatingProblem {
  code: RatingProblemCode;
  /** Which input it is about, for a message next to the field. */
  field?: "origin" | "destination" | "weight" | "dimensions" | "options";
  values?: Readonly<Record<string, string | number>>;
}

export function problem(code: RatingProblemCode, field?: RatingProblem["field"], values?: RatingProblem["values"]): RatingProblem {
  return values ? { code, field, values } : field ? { code, field } : { code };
}
