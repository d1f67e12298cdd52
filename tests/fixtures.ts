import crypto from "node:crypto";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import { createBusiness } from "@/lib/businesses/create-business";
import { withTenant } from "@/lib/tenancy/context";
import type { SessionUser } from "@/lib/auth/session";
import { saveCanadaPostAccount } from "@/lib/carriers/accounts/accounts";
import type { CarrierAccountInput } from "@/lib/carriers/accounts/schema";

export async function createUser(label: string): Promise<SessionUser> {
  const email = `${label}-${crypto.randomBytes(3).toString("hex")}@example.com`;
  const user = await db().user.create({ data: { email, name: label, emailVerified: new Date() }, select: { id: true, email: true, name: true } });
  return user;
}

export interface TestBusiness {
  id: string;
  slug: string;
  owner: SessionUser;
}

/** A business with its owner, created through the real service. */
export async function createTestBusiness(label: string): Promise<TestBusiness> {
  const owner = await createUser(`${label}-owner`);
  const business = await createBusiness({ userId: owner.id, name: `${label} Business` });
  return { ...business, owner };
}

/** Adds an existing user to a business with a role (set-up shortcut for tests). */
export async function addMember(business: { id: string }, user: SessionUser, role: Role) {
  return withTenant({ businessId: business.id, userId: null }, (tx) =>
    tx.membership.create({ data: { businessId: business.id, userId: user.id, role }, select: { id: true } }),
  );
}

export function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, v);
  return data;
}

/** A parcel template of the business (set-up shortcut). */
export async function createTestTemplate(business: { id: string }) {
  return withTenant({ businessId: business.id, userId: null }, (tx) =>
    tx.parcelTemplate.create({
      data: { businessId: business.id, name: "Small box", packaging: "BOX", lengthMm: 200, widthMm: 150, heightMm: 100, weightGrams: 120 },
      select: { id: true },
    }),
  );
}

/** A ship-from location of the business (set-up shortcut). */
export async function createTestLocation(business: { id: string }) {
  return withTenant({ businessId: business.id, userId: null }, (tx) =>
    tx.location.create({
      data: { businessId: business.id, label: "Main", contactName: "Owner", phone: "613 555 0100", line1: "111 Wellington St", city: "Ottawa", province: "ON", postalCode: "K1A 0A9" },
      select: { id: true },
    }),
  );
}

/** A contact of the business (set-up shortcut). */
export async function createTestContact(business: { id: string }) {
  return withTenant({ businessId: business.id, userId: null }, (tx) =>
    tx.contact.create({
      data: { businessId: business.id, name: "Zoé Gagnon", line1: "12 rue Principale", city: "Québec", province: "QC", postalCode: "G1R 4P5", country: "CA", searchText: "zoe gagnon quebec g1r 4p5" },
      select: { id: true },
    }),
  );
}

/** The API key of the test Canada Post account (the fake Canada Post server's default account). */
export const TEST_CARRIER_KEY = { username: "envoi-test", password: "fake-password", customerNumber: "2004381" } as const;

/**
 * The business's own Canada Post account, saved through the real service (credentials encrypted
 * with the tests' CARRIER_SECRETS_KEYS). Create it after anything that buys labels in set-up: a
 * business with an account of its own rates and buys with Canada Post.
 */
export async function createTestCarrierAccount(business: TestBusiness, input: Partial<CarrierAccountInput> = {}) {
  const owner = { businessId: business.id, userId: business.owner.id, role: "OWNER" as const, slug: business.slug };
  return saveCanadaPostAccount(owner, { mode: "SANDBOX", ...TEST_CARRIER_KEY, contractNumber: null, moboCustomerNumber: null, ...input });
}
