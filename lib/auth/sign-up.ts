import type { z } from "zod";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { createBusiness } from "@/lib/businesses/create-business";
import { findInvitation } from "@/lib/members/accept-invitation";
import { sendEmailVerification } from "./email-verification";
import { hashPassword } from "./password";
import type { signUpSchema } from "./schemas";

/**
 * Creates a user with an argon2 password hash and, unless they are joining through an
 * invitation, their first business with them as owner. An existing email is refused: that person
 * signs in instead. The address must then be confirmed (a link is emailed) before the account can
 * be used, except when signing up through an invitation sent to that very address.
 */
export async function signUp(input: z.output<typeof signUpSchema>): Promise<{ userId: string; businessSlug: string | null; verified: boolean }> {
  const passwordHash = await hashPassword(input.password);
  const invitation = input.invite ? await findInvitation(input.invite) : null;
  const verified = invitation?.status === "pending" && invitation.email === input.email;
  let userId: string;
  try {
    const user = await db().user.create({
      data: { email: input.email, name: input.name, passwordHash, locale: input.locale, emailVerified: verified ? new Date() : null },
      select: { id: true },
    });
    userId = user.id;
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") {
      throw new AppError("emailTaken", "email already registered", "email");
    }
    throw e;
  }
  if (!verified) {
    // The account exists either way; if the email cannot go out now, "check your email" sends it again.
    await sendEmailVerification({ id: userId, email: input.email }, input.locale).catch((e: unknown) => console.error("[sign-up] verification email not sent", e));
  }
  if (input.invite) return { userId, businessSlug: null, verified };
  const business = await createBusiness({ userId, name: input.businessName });
  return { userId, businessSlug: business.slug, verified };
}
