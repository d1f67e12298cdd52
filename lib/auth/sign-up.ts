import type { z } from "zod";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { createBusiness } from "@/lib/businesses/create-business";
import { hashPassword } from "./password";
import type { signUpSchema } from "./schemas";

/**
 * Creates a user with an argon2 password hash and, unless they are joining through an
 * invitation, their first business with them as owner. An existing email is refused: that person
 * signs in instead.
 */
export async function signUp(input: z.output<typeof signUpSchema>): Promise<{ userId: string; businessSlug: string | null }> {
  const passwordHash = await hashPassword(input.password);
  let userId: string;
  try {
    const user = await db().user.create({
      data: { email: input.email, name: input.name, passwordHash, locale: input.locale },
      select: { id: true },
    });
    userId = user.id;
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") {
      throw new AppError("emailTaken", "email already registered", "email");
    }
    throw e;
  }
  if (input.invite) return { userId, businessSlug: null };
  const business = await createBusiness({ userId, name: input.businessName });
  return { userId, businessSlug: business.slug };
}
