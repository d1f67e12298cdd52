import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import { PublicHeader } from "@/components/layout/public-header";
import { PasswordSignInForm } from "@/components/auth/password-sign-in-form";
import { EmailLinkForm } from "@/components/auth/email-link-form";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signInTitle") };
}

// Auth.js sends people back here with ?error=<type> when an emailed link fails.
const LINK_ERRORS: Record<string, string> = {
  Verification: "linkExpired",
  EmailSignin: "linkFailed",
  AccessDenied: "linkFailed",
  Configuration: "linkFailed",
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  const t = await getTranslations("auth");
  const errorKey = params.error ? (LINK_ERRORS[params.error] ?? "linkFailed") : null;
  return (
    <>
      <PublicHeader />
      <main id="main" className="mx-auto max-w-md px-4 py-12">
        <h1 className="mb-6 text-2xl font-bold">{t("signInTitle")}</h1>
        {errorKey && <Alert tone="error" className="mb-4">{t(errorKey)}</Alert>}
        {params.signedOut === "everywhere" && <Alert tone="success" className="mb-4">{t("signedOutEverywhere")}</Alert>}
        <div className="space-y-6">
          <Card title={t("withPassword")}>
            <PasswordSignInForm callbackUrl={params.callbackUrl} email={params.email} />
          </Card>
          <Card title={t("withLink")} description={t("withLinkHelp")}>
            <EmailLinkForm callbackUrl={params.callbackUrl} email={params.email} />
          </Card>
        </div>
        <p className="mt-6 text-sm text-zinc-600">
          {t("noAccount")}{" "}
          <Link className="font-semibold text-brand-700 underline" href={params.callbackUrl ? `/signup?callbackUrl=${encodeURIComponent(params.callbackUrl)}` : "/signup"}>
            {t("signUp")}
          </Link>
        </p>
      </main>
    </>
  );
}
