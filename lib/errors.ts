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
  | "generic";

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
