"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { resendEmailVerification } from "@/lib/auth/email-verification";
import { currentSession } from "@/lib/auth/session";
import type { FormState } from "@/lib/forms/state";
import { clientAddress } from "@/lib/http/client-address";
import { requestLocaleOr } from "@/lib/i18n/current";
import { translator } from "@/lib/i18n/messages";

/** Emails the signed-in (not yet confirmed) account a new confirmation link. */
export async function resendVerificationAction(): Promise<FormState> {
  const locale = await requestLocaleOr("en");
  const session = await currentSession();
  const error = (message: string): FormState => ({ status: "error", error: message, fieldErrors: {}, values: {} });
  if (!session) return error(translator(locale, "errors")("signedOut"));
  if (session.verified) redirect("/start");
  const sent = await resendEmailVerification(session.user, clientAddress(await headers()), locale);
  if (!sent) return error(translator(locale, "errors")("rateLimited"));
  return { status: "ok", message: translator(locale, "verify")("resent", { email: session.user.email }) };
}
