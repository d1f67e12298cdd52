import "server-only";
import { db, type Db, type Prisma, type Tx } from "@/lib/db/client";
import { busyAware } from "@/lib/server-busy";
import { readGroups } from "./read-groups";

/** Who acts, for which business. Every tenant service takes one of these. */
export interface TenantContext {
  businessId: string;
  userId: string | null;
  /**
   * Set when a request to the web services acts (lib/api): its key is named in the audit log, and
   * a test key never reaches a carrier's production system nor charges anything.
   */
  apiKey?: { id: string; name: string; mode: "TEST" | "LIVE" };
}

/** Whether this context acts with a test API key (reference carrier or sandbox, never charged). */
export function isTestMode(ctx: TenantContext): boolean {
  return ctx.apiKey?.mode === "TEST";
}

/**
 * How long a request waits for a free database connection before it gives up and the user sees
 * "the server is busy, try again" (instead of Prisma's default of 2 s, which a busy server with a
 * full pool reaches easily).
 */
export const CONNECTION_WAIT_MS = 10_000;
/**
 * How long an interactive transaction (one that runs application code between its statements,
 * i.e. writes) may stay open before PostgreSQL work is rolled back. Prisma's default is 5 s, which
 * a loaded server's event loop can spend between two statements of an otherwise quick save.
 * Bulk work (imports, payment) asks for more with `timeoutMs`.
 */
export const WRITE_TRANSACTION_TIMEOUT_MS = 15_000;
/**
 * The bound on a read's transaction (`statementUnder`, `groupedRead`). It runs its settings and its
 * statements back to back with no application code in between, so this only stops a stuck database
 * from holding a connection for ever.
 */
export const READ_TIMEOUT_MS = 60_000;

type Settings = Record<string, string>;

/**
 * One statement that makes every setting: set_config(..., true) lasts until the end of this
 * transaction only, so a pooled connection never carries one business's setting into another
 * request. (One statement, not one per setting: each is a round trip on every request.)
 */
function configStatement(client: Db | Tx, settings: Settings) {
  const entries = Object.entries(settings);
  const names = entries.map(([name]) => name);
  const values = entries.map(([, value]) => value);
  return client.$executeRaw`SELECT set_config(s.name, s.value, true) FROM unnest(${names}::text[], ${values}::text[]) AS s(name, value)`;
}

async function setConfig(tx: Tx, settings: Settings) {
  await configStatement(tx, settings);
}

/** An interactive transaction with the row-level security settings made first, and deliberate time limits. */
function interactive<T>(settings: Settings, fn: (tx: Tx) => Promise<T>, timeoutMs = WRITE_TRANSACTION_TIMEOUT_MS): Promise<T> {
  return busyAware(() =>
    db().$transaction(
      async (tx) => {
        await setConfig(tx, settings);
        return fn(tx);
      },
      { timeout: timeoutMs, maxWait: CONNECTION_WAIT_MS },
    ),
  );
}

/**
 * One statement under row-level security settings, in a transaction of its own: the settings
 * statement, then this one, with nothing of the application in between, and READ_TIMEOUT_MS
 * as its bound, so a busy server cannot let it expire half-way ("A commit cannot be executed on an
 * expired transaction", Prisma's 5 s default).
 *
 * Not a batched `$transaction([settings, query])`: Prisma compiles a batch that starts with a raw
 * statement anew every time (its query plan cache only serves batches that start with a model
 * query), which cost about a millisecond of CPU on every read. A transaction that sends the same
 * two statements one after the other compiles the query once per shape.
 * `query` must build its query from the client it is given.
 */
function statementUnder<T>(settings: Settings, query: (client: Tx) => Prisma.PrismaPromise<T>): Promise<T> {
  return interactive(settings, query, READ_TIMEOUT_MS);
}

/**
 * A read-only query under row-level security settings, run like `statementUnder`, together with
 * the other reads asked with the same settings in the same turn of the event loop (a page's
 * reads, asked at once): one transaction for them all (lib/tenancy/read-groups.ts).
 */
const groupedRead = readGroups((settings, fn) => interactive(settings, fn, READ_TIMEOUT_MS));

function tenantSettings(ctx: TenantContext): Settings {
  if (!ctx.businessId) throw new Error("a tenant context needs a businessId");
  return { "app.business_id": ctx.businessId, "app.user_id": ctx.userId ?? "" };
}

/**
 * One read-only query of a business under its row-level security setting, in a transaction that
 * cannot expire half-way, shared with the business's other reads asked at the same time (see
 * `groupedRead`). For page reads: ask independent reads at once (Promise.all) and they cost one
 * transaction. Anything that writes uses `withTenant`; a read that needs another's result awaits it.
 */
export function readInTenant<T>(ctx: TenantContext, query: (client: Tx) => Prisma.PrismaPromise<T>): Promise<T> {
  return groupedRead(tenantSettings(ctx), query);
}

/** One read of a business, as `readInTenant` runs it, for services that ask several at once. */
export type TenantRead = <T>(query: (client: Tx) => Prisma.PrismaPromise<T>) => Promise<T>;

/** `readInTenant` bound to one business. */
export function tenantReader(ctx: TenantContext): TenantRead {
  return (query) => groupedRead(tenantSettings(ctx), query);
}

/**
 * One statement that only adds a row (a log entry) in a business, in a transaction of its own
 * (`statementUnder`): nothing of the application runs inside it, so it cannot expire half-way.
 */
export function appendInTenant<T>(ctx: TenantContext, statement: (client: Tx) => Prisma.PrismaPromise<T>): Promise<T> {
  return statementUnder(tenantSettings(ctx), statement);
}

/**
 * One read-only query that sees the user's own memberships and the businesses they belong to (to
 * resolve the business in the URL and list the switcher), nothing else. See `groupedRead`.
 */
export function readAsUser<T>(userId: string, query: (client: Tx) => Prisma.PrismaPromise<T>): Promise<T> {
  return groupedRead({ "app.user_id": userId }, query);
}

/**
 * One read-only query that can see the one invitation whose token hash is given (the invitee is not
 * a member yet, so no business setting would let them see it). See `groupedRead`.
 */
export function readInvitation<T>(tokenHash: string, query: (client: Tx) => Prisma.PrismaPromise<T>): Promise<T> {
  return groupedRead({ "app.invitation_token_hash": tokenHash }, query);
}

/**
 * Runs `fn` in one transaction whose row-level security setting is `ctx.businessId`: even a query
 * that forgot its `businessId` filter cannot see or change another business's rows.
 * Services still put `businessId` in every `where`; this is the backstop.
 */
export async function withTenant<T>(ctx: TenantContext, fn: (tx: Tx) => Promise<T>, options: { timeoutMs?: number } = {}): Promise<T> {
  return interactive(tenantSettings(ctx), fn, options.timeoutMs);
}

/**
 * A transaction that can read the one invitation whose token hash is given (the invitee is not a
 * member yet, so no business setting would let them see it).
 */
export async function withInvitationToken<T>(tokenHash: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return interactive({ "app.invitation_token_hash": tokenHash }, fn);
}

/** Switches an open transaction to a business (after it was resolved from an invitation). */
export async function enterBusiness(tx: Tx, ctx: TenantContext) {
  await setConfig(tx, tenantSettings(ctx));
}

/**
 * A system transaction that may list paid-but-unlabelled batches of every business (and nothing
 * else: see the batch_recovery_read policy). Only for the recovery job, which then works on each
 * batch inside its own business's context.
 */
export async function unsafeWithRecovery<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  return interactive({ "app.recovery": "on" }, fn);
}

/**
 * A system transaction that may read the account ledgers of every business (see the
 * account_transaction_billing_read policy). Only for issuing monthly invoices, which then happens
 * inside each business's own context.
 */
export async function unsafeWithBilling<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  return interactive({ "app.billing": "on" }, fn);
}

/**
 * A system transaction that may list queued emails of every business (see the
 * email_message_outbox_read policy). Only for re-queueing lost send jobs; each email is then sent
 * inside its business's own context.
 */
export async function unsafeWithOutbox<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  return interactive({ "app.outbox": "on" }, fn);
}

/**
 * A system transaction that may list the issued shipments still on their way, of every business
 * (see the shipment_tracking_refresh_read policy). Only for queueing tracking refresh jobs.
 */
export async function unsafeWithTrackingRefresh<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  return interactive({ "app.tracking_refresh": "on" }, fn);
}

/**
 * A system transaction that may list the locations with a scheduled close time, of every business
 * (see the location_scheduled_close_read policy). Only for the scheduled close, which then closes
 * each location's day inside its own business's context.
 */
export async function unsafeWithScheduledClose<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  return interactive({ "app.scheduled_close": "on" }, fn);
}

/**
 * A transaction that sees the one issued shipment with this tracking number and its events, and
 * nothing else (see shipment_public_tracking_read): for the public tracking page, no sign-in.
 */
export async function unsafeWithPublicTracking<T>(trackingNumber: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return interactive({ "app.tracking_number": trackingNumber }, fn);
}

/**
 * A transaction that sees the one return whose link secret hashes to `tokenHash`, and its
 * business's name and slug, nothing else (see return_public_label_read): the customer's label page.
 */
export async function withReturnToken<T>(tokenHash: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return interactive({ "app.return_token_hash": tokenHash }, fn);
}

/**
 * A transaction that sees one business by its slug, its settings, and its shipments with one order
 * number (reference1), and nothing else (see shipment_public_returns_read): for the public returns
 * page, no sign-in. Whatever it finds is then worked on inside that business's own context.
 */
export async function unsafeWithPublicReturns<T>(slug: string, orderNumber: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return interactive({ "app.returns_slug": slug, "app.returns_order": orderNumber }, fn);
}
