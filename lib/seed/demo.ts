import { db } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import { createBusiness } from "@/lib/businesses/create-business";

export const DEMO_USER = { email: "demo@envoi.test", password: "envoi-demo-2026", name: "Demo Shipper" } as const;
export const DEMO_BUSINESS_NAME = "Atelier Démo";

/**
 * The demo account `npm run dev` prints: a user who owns one business. Idempotent: an existing demo
 * user is left as it is.
 */
export async function seedDemo(): Promise<{ email: string; password: string; created: boolean }> {
  const existing = await db().user.findUnique({ where: { email: DEMO_USER.email }, select: { id: true } });
  if (!existing) {
    const user = await db().user.create({
      data: { email: DEMO_USER.email, name: DEMO_USER.name, passwordHash: await hashPassword(DEMO_USER.password), locale: "en" },
      select: { id: true },
    });
    await createBusiness({ userId: user.id, name: DEMO_BUSINESS_NAME });
  }
  return { email: DEMO_USER.email, password: DEMO_USER.password, created: !existing };
}
