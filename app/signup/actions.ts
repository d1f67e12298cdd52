"use server";

import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth/config";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { signUpSchema } from "@/lib/auth/schemas";
import { signUp } from "@/lib/auth/sign-up";
import { errorState } from "@/lib/forms/errors";
import { echoValues, formValues, parseForm } from "@/lib/forms/parse";
import type { FormState } from "@/lib/forms/state";
import { requestLocaleOr } from "@/lib/i18n/current";
import { acceptInvitation } from "@/lib/members/accept-invitation";

/**
 * Creates the account (and its first business, unless joining by invitation) and signs the person
 * in. An invitee lands in the business they join (the invitation link proved their address);
 * anyone else is asked to confirm their address with the link just emailed first.
 */
export async function signUpAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const locale = await requestLocaleOr("en");
  const values = formValues(formData);
  const parsed = parseForm(signUpSchema, { ...values, locale: values.locale || locale }, locale);
  if (!parsed.ok) return parsed.state;
  let destination: string;
  try {
    const { userId, businessSlug, verified } = await signUp(parsed.data);
    if (parsed.data.invite) {
      const { slug } = await acceptInvitation({ id: userId, email: parsed.data.email }, parsed.data.invite);
      destination = `/b/${slug}`;
    } else if (!verified) {
      destination = "/verify-email";
    } else {
      destination = businessSlug ? `/b/${businessSlug}` : safeCallbackUrl(values.callbackUrl);
    }
  } catch (e) {
    return errorState(e, locale, echoValues(values));
  }
  try {
    await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirectTo: destination });
  } catch (e) {
    // The account exists; if signing in is paused for this address (failed attempts before the
    // account existed), the person signs in, or follows the emailed link, later.
    if (e instanceof AuthError) redirect(`/signin?callbackUrl=${encodeURIComponent(destination)}&email=${encodeURIComponent(parsed.data.email)}`);
    throw e; // Next's redirect after success travels as an exception.
  }
  return { status: "idle" };
}
