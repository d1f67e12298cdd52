/**
 * Which Canada Post account a business ships with, ready for the connector: its own account
 * (decrypted here, in memory only; Canada Post bills the business), else the platform's account
 * from the environment (Envoi buys and charges the business), else none (the reference carrier).
 * Also the hosts, and the per-minute limits of each operation group.
 */
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { readInTenant, type TenantContext } from "@/lib/tenancy/context";
import { CANADA_POST_HOSTS } from "../canadapost/http";
import type { OperationGroup as LiveGroup } from "../canadapost/request";
import { secretKeys } from "./accounts";
import { decryptCredentials } from "./secrets";

export interface LiveCanadaPost {
  /** The business's own account, or null for the platform's. */
  accountId: string | null;
  mode: "sandbox" | "production";
  baseUrl: string;
  username: string;
  password: string;
  customer: { customerNumber: string; contractNumber: string | null; moboCustomerNumber: string | null };
  /** Where Canada Post answers refund requests. */
  refundEmail: string;
}

/** Canada Post's published per-minute limits (../shared/CANADA-POST-API.md), overridable by CANADAPOST_LIMITS. */
const PUBLISHED_LIMITS: Record<LiveGroup, number> = { rating: 840, shipments: 646, void: 468, manifests: 730, tracking: 20, postOffices: 468, pickupAvailability: 180, pickups: 180 };

export function canadaPostLimits(): Record<LiveGroup, number> {
  const limits = { ...PUBLISHED_LIMITS };
  for (const pair of (env().CANADAPOST_LIMITS ?? "").split(",").filter(Boolean)) {
    const [group, value] = pair.split("=");
    if (group && group in limits) limits[group as LiveGroup] = Number(value);
  }
  return limits;
}

export function canadaPostBaseUrl(mode: "sandbox" | "production"): string {
  return env().CANADAPOST_API_URL ?? CANADA_POST_HOSTS[mode];
}

function platform(refundEmail: string): LiveCanadaPost | null {
  const e = env();
  if (!e.CANADAPOST_USERNAME || !e.CANADAPOST_PASSWORD || !e.CANADAPOST_CUSTOMER_NUMBER) return null;
  return {
    accountId: null,
    mode: e.CANADAPOST_MODE,
    baseUrl: canadaPostBaseUrl(e.CANADAPOST_MODE),
    username: e.CANADAPOST_USERNAME,
    password: e.CANADAPOST_PASSWORD,
    customer: { customerNumber: e.CANADAPOST_CUSTOMER_NUMBER, contractNumber: e.CANADAPOST_CONTRACT_NUMBER ?? null, moboCustomerNumber: null },
    refundEmail,
  };
}

type AccountRow = { id: string; mode: "SANDBOX" | "PRODUCTION"; credentials: string; keyId: string; customerNumber: string; contractNumber: string | null; moboCustomerNumber: string | null };

function fromAccount(row: AccountRow, refundEmail: string): LiveCanadaPost {
  const { username, password } = decryptCredentials(row, secretKeys());
  const mode = row.mode === "PRODUCTION" ? "production" : "sandbox";
  return { accountId: row.id, mode, baseUrl: canadaPostBaseUrl(mode), username, password, customer: { customerNumber: row.customerNumber, contractNumber: row.contractNumber, moboCustomerNumber: row.moboCustomerNumber }, refundEmail };
}

/**
 * What a business row must carry to say which Canada Post account it ships with (a select of
 * Business): a reader that already reads the business adds it to its own statement.
 */
export function accountSelect(accountId?: string) {
  return {
    email: true,
    carrierAccounts: { where: { carrier: "canadapost" as const, ...(accountId ? { id: accountId } : {}) }, take: 1 },
    // Canada Post answers refund requests by email: the business's, else its first owner's.
    memberships: { where: { role: "OWNER" as const }, orderBy: { createdAt: "asc" as const }, take: 1, select: { user: { select: { email: true } } } },
  };
}

type BusinessAccounts = { email: string | null; carrierAccounts: AccountRow[]; memberships: { user: { email: string } }[] };

function accounts(business: BusinessAccounts) {
  return { refundEmail: business.email ?? business.memberships[0]?.user.email ?? "", account: business.carrierAccounts[0] ?? null };
}

async function load(ctx: TenantContext, accountId?: string) {
  // One read (readInTenant): rating asks this on every quote.
  return accounts(await readInTenant(ctx, (db) => db.business.findUniqueOrThrow({ where: { id: ctx.businessId }, select: accountSelect(accountId) })));
}

function accountOrPlatform({ refundEmail, account }: ReturnType<typeof accounts>): LiveCanadaPost | null {
  return account ? fromAccount(account, refundEmail) : platform(refundEmail);
}

/** The Canada Post account a business row read with `accountSelect()` ships with now, or null (the reference carrier). */
export function canadaPostOf(business: BusinessAccounts): LiveCanadaPost | null {
  return accountOrPlatform(accounts(business));
}

/** The Canada Post account the business rates and buys with now, or null (the reference carrier). */
export async function currentCanadaPost(ctx: TenantContext): Promise<LiveCanadaPost | null> {
  return accountOrPlatform(await load(ctx));
}

/** The account a shipment or pickup was bought with (its own account by id, else the platform's). */
export async function canadaPostById(ctx: TenantContext, accountId: string | null): Promise<LiveCanadaPost> {
  if (!accountId) {
    const live = platform((await load(ctx)).refundEmail);
    if (!live) throw new AppError("carrierAccountMissing", "the platform's Canada Post account is not configured any more");
    return live;
  }
  const { refundEmail, account } = await load(ctx, accountId);
  if (!account) throw new AppError("carrierAccountMissing", `carrier account ${accountId} was removed`);
  return fromAccount(account, refundEmail);
}

/** Who sells a business's labels now, for the screens that say so before buying (no secret read). */
export interface Seller {
  carrier: "reference" | "canadapost";
  mode: "reference" | "sandbox" | "production";
  /** The carrier bills the business's own account, or Envoi charges the business (card or account). */
  billedBy: "carrier" | "envoi";
  /** The business's own Canada Post customer number, when it is the buyer. */
  customerNumber: string | null;
}

export async function currentSeller(ctx: TenantContext): Promise<Seller> {
  const account = await readInTenant(ctx, (db) => db.carrierAccount.findFirst({ where: { businessId: ctx.businessId, carrier: "canadapost" }, select: { mode: true, customerNumber: true } }));
  if (account) return { carrier: "canadapost", mode: account.mode === "PRODUCTION" ? "production" : "sandbox", billedBy: "carrier", customerNumber: account.customerNumber };
  const e = env();
  if (e.CANADAPOST_USERNAME && e.CANADAPOST_PASSWORD && e.CANADAPOST_CUSTOMER_NUMBER) return { carrier: "canadapost", mode: e.CANADAPOST_MODE, billedBy: "envoi", customerNumber: null };
  return { carrier: "reference", mode: "reference", billedBy: "envoi", customerNumber: null };
}
