import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth/config";

/**
 * The link emailed to confirm a new account's address: confirms it, signs in and goes on to the
 * account's business. A used or expired link leads to "check your email", which sends a new one.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  try {
    await signIn("email-verification", { token, redirectTo: "/start" });
  } catch (e) {
    if (e instanceof AuthError) redirect("/verify-email?error=invalid");
    throw e; // Next's redirect after success travels as an exception.
  }
}
