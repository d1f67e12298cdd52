import Link from "next/link";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { signOutAction } from "@/app/actions/sign-out";
import { PublicHeader } from "@/components/layout/public-header";
import { ResendVerificationForm } from "@/components/auth/resend-verification-form";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { currentSession } from "@/lib/auth/session";
import { VERIFICATION_TTL_HOURS } from "@/lib/auth/email-verification";
import { devMailboxDir } from "@/lib/email/dev-mailbox";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("verify"))("title") };
}

/**
 * "Check your email": the only page of an account whose address is not confirmed yet (every other
 * page sends it here), and where a used or expired confirmation link leads.
 */
export default async function VerifyEmailPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const { error } = await searchParams;
  const session = await currentSession();
  if (session?.verified) redirect("/start");
  const t = await getTranslations("verify");
  return (
    <>
      <PublicHeader />
      <main id="main" className="mx-auto max-w-md px-4 py-12">
        {error && <Alert tone="error" className="mb-4">{t("linkInvalid")}</Alert>}
        <Card title={t("title")}>
          {session ? (
            <div className="space-y-4 text-sm text-zinc-700">
              <p>{t("sent", { email: session.user.email, hours: VERIFICATION_TTL_HOURS })}</p>
              <p>{t("onlyThen")}</p>
              {devMailboxDir() && (
                <p>
                  {t("devMailboxHint")}{" "}
                  <Link href="/dev/mailbox" className="font-semibold text-brand-700 underline">
                    /dev/mailbox
                  </Link>
                </p>
              )}
              <ResendVerificationForm />
              <form action={signOutAction}>
                <button type="submit" className={buttonClass("ghost")}>
                  {t("signOut")}
                </button>
              </form>
            </div>
          ) : (
            <div className="space-y-4 text-sm text-zinc-700">
              <p>{t("signInForNewLink")}</p>
              <Link href="/signin" className={buttonClass("primary")}>
                {t("signIn")}
              </Link>
            </div>
          )}
        </Card>
      </main>
    </>
  );
}
