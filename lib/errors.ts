/**
 * An error the user may see. `code` is a key under `errors` in messages/*.json, so the interface
 * shows a translated sentence; `message` is for logs only. Anything that is not an AppError is
 * shown as the generic "something went wrong" sentence.
 */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message?: string,
    readonly field?: string,
    readonly values?: Record<string, string | number>,
  ) {
    super(message ?? code);
    this.name = "AppError";
  }
}

export type AppErrorCode =
  | "signedOut"
  | "notFound"
  | "forbidden"
  | "invalidInput"
  | "emailTaken"
  | "alreadyMember"
  | "invitationInvalid"
  | "invitationWrongEmail"
  | "lastOwner"
  | "onlyOwnerManagesOwners"
  | "memberNotFound"
  | "rateLimited"
  | "wrongPassword"
  | "batchNotDraft"
  | "batchFull"
  | "batchEmpty"
  | "batchInvalid"
  | "rateStale"
  | "serviceNotQuoted"
  | "voidNotAllowed"
  | "paymentMethodUnavailable"
  | "accountNumberMissing"
  | "creditExceeded"
  | "cardNotConfigured"
  | "cardPaymentUnavailable"
  | "refundFailed"
  | "invoicePaid"
  | "labelsNotIssued"
  | "emailListInvalid"
  | "alreadyScanned"
  | "voidRefused"
  | "carrierUnavailable"
  | "carrierSecretsMissing"
  | "carrierAccountMissing"
  | "carrierTestFailed"
  | "webhookSecretsMissing"
  | "webhookEndpointLimit"
  | "manifestsUnavailable"
  | "manifestRefused"
  | "closeInProgress"
  | "pickupCancelled"
  | "returnDecided"
  | "pickupTooLate"
  | "serverBusy"
  | "generic";

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

/** One problem with one field: a message key in a namespace of messages/*.json, with its values. */
export interface FieldProblem {
  code: string;
  values?: Record<string, string | number>;
}

/**
 * Several fields are wrong at once (an address, a profile): each gets its own specific message
 * next to it. `namespace` says where the codes live (e.g. "address.errors").
 */
export class FieldsError extends AppError {
  constructor(
    readonly namespace: string,
    readonly problems: Record<string, FieldProblem>,
  ) {
    super("invalidInput", `invalid fields: ${Object.keys(problems).join(", ")}`);
    this.name = "FieldsError";
  }
}
