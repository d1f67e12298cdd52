"use server";

import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth/config";
import { emailLinkSchema, signInSchema } from "@/lib/auth/schemas";
import { formValues, echoValues, parseForm } from "@/lib/forms/parse";
import type { FormState } from "@/lib/forms/state";
import { requestLocaleOr } from "@/lib/i18n/current";
import { translator } from "@/lib/i18n/messages";
import { safeCallbackUrl } from "@/lib/auth/callback-url";

/** Password sign-in. Every failure reads the same ("email or password is incorrect"), except the rate limit. */
export async function signInWithPassword(_prev: FormState, formData: FormData): Promise<FormState> {
  const locale = await requestLocaleOr("en");
  const values = formValues(formData);
  const parsed = parseForm(signInSchema, values, locale);
  if (!parsed.ok) return parsed.state;
  const t = translator(locale, "auth");
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: safeCallbackUrl(values.callbackUrl) });
  } catch (e) {
    if (e instanceof AuthError) {
      const code = (e as AuthError & { code?: string }).code;
      const error = code === "rate_limited" ? t("rateLimited") : t("badCredentials");
      return { status: "error", error, fieldErrors: {}, values: echoValues(values) };
    }
    throw e; // Next's redirect after success travels as an exception.
  }
  return { status: "idle" };
}

/** Emails a sign-in link. The answer is the same whether or not the address has an account. */
export async function signInWithEmailLink(_prev: FormState, formData: FormData): Promise<FormState> {
  const locale = await requestLocaleOr("en");
  const values = formValues(formData);
  const parsed = parseForm(emailLinkSchema, values, locale);
  if (!parsed.ok) return parsed.state;
  const failed: FormState = { status: "error", error: translator(locale, "auth")("linkFailed"), fieldErrors: {}, values: echoValues(values) };
  try {
    const next = await signIn("nodemailer", { email: parsed.data.email, redirectTo: safeCallbackUrl(values.callbackUrl), redirect: false });
    if (typeof next === "string" && new URL(next, "http://x").searchParams.has("error")) return failed;
  } catch (e) {
    if (e instanceof AuthError) return failed;
    throw e;
  }
  redirect("/signin/check-email");
}
