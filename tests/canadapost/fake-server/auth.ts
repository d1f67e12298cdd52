/**
 * The fake server's accounts and who may do what: Basic authentication (the API key is the
 * username:password pair), and the `{customer}` / `{mobo}` path segments, which must be the
 * account's customer number (or a customer it may mail on behalf of).
 */
import type { MessageKey } from "./messages";

export interface AccountInput {
  username: string;
  password: string;
  customerNumber: string;
  /** Contract customers ship with /rs/{customer}/{mobo}/shipment; without one, non-contract shipments. */
  contractNumber?: string;
  /** Customers this account may mail on behalf of (besides its own number). */
  moboCustomerNumbers?: string[];
}

/** The address on the customer's profile (a pickup at "the business address" goes there). */
export interface ProfileAddress {
  company: string;
  line1: string;
  city: string;
  province: string;
  postalCode: string;
}

export interface Account {
  username: string;
  password: string;
  customerNumber: string;
  contractNumber: string | null;
  moboCustomerNumbers: string[];
  address: ProfileAddress;
}

export const DEFAULT_ACCOUNT: AccountInput = { username: "envoi-test", password: "fake-password", customerNumber: "2004381" };

const PROFILE: ProfileAddress = { company: "Envoi Test", line1: "2701 Riverside Dr", city: "Ottawa", province: "ON", postalCode: "K1A0B1" };

export function toAccount(input: AccountInput): Account {
  return {
    username: input.username,
    password: input.password,
    customerNumber: input.customerNumber,
    contractNumber: input.contractNumber ?? null,
    moboCustomerNumbers: input.moboCustomerNumbers ?? [],
    address: PROFILE,
  };
}

/** The account whose key is in the Authorization header, or null. */
export function authenticate(accounts: readonly Account[], header: string | undefined): Account | null {
  const m = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? "");
  if (!m) return null;
  const decoded = Buffer.from(m[1]!, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon < 0) return null;
  const username = decoded.slice(0, colon);
  const password = decoded.slice(colon + 1);
  return accounts.find((a) => a.username === username && a.password === password) ?? null;
}

/** Why the path's customer numbers are not this account's (HTTP 403), or null when they are. */
export function customerRefusal(account: Account, params: Record<string, string>): MessageKey | null {
  if (params.customer !== undefined && params.customer !== account.customerNumber) return "notYourCustomer";
  if (params.mobo !== undefined && params.mobo !== account.customerNumber && !account.moboCustomerNumbers.includes(params.mobo)) return "notYourCustomer";
  return null;
}
