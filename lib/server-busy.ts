import { AppError } from "./errors";

/**
 * The digest a "server busy" failure keeps on its way to the browser. Next.js replaces a server
 * error's message in production but keeps a digest that was set, so the error pages can tell a
 * busy server (worth a retry) from a real fault.
 */
export const SERVER_BUSY_DIGEST = "ENVOI_SERVER_BUSY";

/**
 * The database could not serve the request in time (no free connection, or a transaction ran out
 * of time). Nothing was saved; trying again in a moment usually works. Actions show it as the
 * translated `errors.serverBusy` sentence; pages show it through the error boundary.
 */
export class ServerBusyError extends AppError {
  readonly digest = SERVER_BUSY_DIGEST;
  constructor(cause: unknown) {
    super("serverBusy", `server busy: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = "ServerBusyError";
  }
}

/**
 * Prisma's codes and messages for "not now": P2028 (a transaction could not start in time, or
 * expired before its commit), P2024 (no connection from the pool in time); and the pg pool's own
 * connection timeout.
 */
const BUSY_CODES = new Set(["P2028", "P2024"]);
const BUSY_MESSAGES = [
  /expired transaction/i,
  /Unable to start a transaction in the given time/i,
  /Timed out fetching a new connection/i,
  /timeout exceeded when trying to connect/i,
];

export function isServerBusy(e: unknown): boolean {
  if (e instanceof ServerBusyError) return true;
  if (!(e instanceof Error)) return false;
  const code = (e as { code?: unknown }).code;
  if (typeof code === "string" && BUSY_CODES.has(code)) return true;
  return BUSY_MESSAGES.some((pattern) => pattern.test(e.message));
}

/** Runs `work`; a busy-database failure comes out as a ServerBusyError, anything else unchanged. */
export async function busyAware<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (isServerBusy(e) && !(e instanceof ServerBusyError)) throw new ServerBusyError(e);
    throw e;
  }
}

/** Whether an error that reached an error page (digest only, in production) was a busy server. */
export function reachedAsServerBusy(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { digest?: unknown }).digest === SERVER_BUSY_DIGEST;
}
