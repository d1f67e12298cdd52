import "server-only";
import { db, type Tx } from "@/lib/db/client";

/** Who acts, for which business. Every tenant service takes one of these. */
export interface TenantContext {
  businessId: string;
  userId: string | null;
}

async function setConfig(tx: Tx, settings: Record<string, string>) {
  for (const [name, value] of Object.entries(settings)) {
    // set_config(..., true) lasts until the end of this transaction only, so a pooled connection
    // never carries one business's setting into another request.
    await tx.$executeRaw`SELECT set_config(${name}, ${value}, true)`;
  }
}

/**
 * Runs `fn` in one transaction whose row-level security setting is `ctx.businessId`: even a query
 * that forgot its `businessId` filter cannot see or change another business's rows.
 * Services still put `businessId` in every `where`; this is the backstop.
 */
export async function withTenant<T>(ctx: TenantContext, fn: (tx: Tx) => Promise<T>, options: { timeoutMs?: number } = {}): Promise<T> {
  if (!ctx.businessId) throw new Error("withTenant needs a businessId");
  return db().$transaction(
    async (tx) => {
      await setConfig(tx, { "app.business_id": ctx.businessId, "app.user_id": ctx.userId ?? "" });
      return fn(tx);
    },
    // Prisma ends an interactive transaction after 5 s; bulk work (imports) asks for more.
    { timeout: options.timeoutMs ?? 5_000, maxWait: 10_000 },
  );
}

/**
 * A transaction scoped to one user and no business: it sees that user's own memberships and the
 * businesses they belong to (to resolve the business in the URL and list the switcher), nothing else.
 */
export async function withUser<T>(userId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db().$transaction(async (tx) => {
    await setConfig(tx, { "app.user_id": userId });
    return fn(tx);
  });
}

/**
 * A transaction that can read the one invitation whose token hash is given (the invitee is not a
 * member yet, so no business setting would let them see it).
 */
export async function withInvitationToken<T>(tokenHash: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db().$transaction(async (tx) => {
    await setConfig(tx, { "app.invitation_token_hash": tokenHash });
    return fn(tx);
  });
}

/** Switches an open transaction to a business (after it was resolved from an invitation). */
export async function enterBusiness(tx: Tx, ctx: TenantContext) {
  await setConfig(tx, { "app.business_id": ctx.businessId, "app.user_id": ctx.userId ?? "" });
}

/**
 * A system transaction that may list paid-but-unlabelled batches of every business (and nothing
 * else: see the batch_recovery_read policy). Only for the recovery job, which then works on each
 * batch inside its own business's context.
 */
export async function unsafeWithRecovery<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db().$transaction(async (tx) => {
    await setConfig(tx, { "app.recovery": "on" });
    return fn(tx);
  });
}

/**
 * A system transaction that may read the account ledgers of every business (see the
 * account_transaction_billing_read policy). Only for issuing monthly invoices, which then happens
 * inside each business's own context.
 */
export async function unsafeWithBilling<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db().$transaction(async (tx) => {
    await setConfig(tx, { "app.billing": "on" });
    return fn(tx);
  });
}

/**
 * A system transaction that may list queued emails of every business (see the
 * email_message_outbox_read policy). Only for re-queueing lost send jobs; each email is then sent
 * inside its business's own context.
 */
export async function unsafeWithOutbox<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db().$transaction(async (tx) => {
    await setConfig(tx, { "app.outbox": "on" });
    return fn(tx);
  });
}

/**
 * A system transaction that may list the issued shipments still on their way, of every business
 * (see the shipment_tracking_refresh_read policy). Only for queueing tracking refresh jobs.
 */
export async function unsafeWithTrackingRefresh<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db().$transaction(async (tx) => {
    await setConfig(tx, { "app.tracking_refresh": "on" });
    return fn(tx);
  });
}

/**
 * A transaction that sees the one issued shipment with this tracking number and its events, and
 * nothing else (see shipment_public_tracking_read): for the public tracking page, no sign-in.
 */
export async function unsafeWithPublicTracking<T>(trackingNumber: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db().$transaction(async (tx) => {
    await setConfig(tx, { "app.tracking_number": trackingNumber });
    return fn(tx);
  });
}
