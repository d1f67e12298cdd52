import { db } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import { createBusiness } from "@/lib/businesses/create-business";
import { withTenant } from "@/lib/tenancy/context";

export const DEMO_USER = { email: "demo@envoi.test", password: "envoi-demo-2026", name: "Demo Shipper" } as const;
export const DEMO_BUSINESS_NAME = "Atelier Démo";

/**
 * The demo account `npm run dev` prints: a user who owns one business, with a confirmed email
 * address. Idempotent: an existing demo user is left as it is (its address marked confirmed).
 */
export async function seedDemo(): Promise<{ email: string; password: string; created: boolean }> {
  const existing = await db().user.findUnique({ where: { email: DEMO_USER.email }, select: { id: true } });
  if (!existing) {
    const user = await db().user.create({
      data: { email: DEMO_USER.email, name: DEMO_USER.name, passwordHash: await hashPassword(DEMO_USER.password), locale: "en", emailVerified: new Date() },
      select: { id: true },
    });
    const business = await createBusiness({ userId: user.id, name: DEMO_BUSINESS_NAME });
    // Ready to ship: a ship-from location, a box, and a sandbox account with credit, so the whole
    // flow (rate, pay on account, print) works on a fresh machine.
    await withTenant({ businessId: business.id, userId: user.id }, async (tx) => {
      await tx.business.update({ where: { id: business.id }, data: { accountNumber: "0001234567", creditLimitCents: 200_000 } });
      const location = await tx.location.create({
        data: { businessId: business.id, label: "Atelier", contactName: DEMO_USER.name, phone: "514 555 0199", line1: "5000 rue Iberville", city: "Montréal", province: "QC", postalCode: "H2H 2S6" },
        select: { id: true },
      });
      await tx.businessSettings.upsert({ where: { businessId: business.id }, create: { businessId: business.id, defaultLocationId: location.id }, update: { defaultLocationId: location.id } });
      await tx.parcelTemplate.create({ data: { businessId: business.id, name: "Small box", packaging: "BOX", lengthMm: 300, widthMm: 200, heightMm: 100, weightGrams: 250 } });
    });
  } else {
    // A demo database from before email addresses had to be confirmed.
    await db().user.updateMany({ where: { id: existing.id, emailVerified: null }, data: { emailVerified: new Date() } });
  }
  return { email: DEMO_USER.email, password: DEMO_USER.password, created: !existing };
}
