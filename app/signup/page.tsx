import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import { PublicHeader } from "@/components/layout/public-header";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { Card } from "@/components/ui/card";
import { findInvitation } from "@/lib/members/accept-invitation";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signUpTitle") };
}

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  const t = await getTranslations("auth");
  const invitation = params.invite ? await findInvitation(params.invite) : null;
  const pendingInvite = invitation?.status === "pending" ? invitation : null;
  return (
    <>
      <PublicHeader />
      <main id="main" className="mx-auto max-w-md px-4 py-12">
        <h1 className="mb-2 text-2xl font-bold">{t("signUpTitle")}</h1>
        <p className="mb-6 text-sm text-zinc-600">
          {pendingInvite ? t("signUpToJoin", { business: pendingInvite.businessName }) : t("signUpLead")}
        </p>
        <Card>
          <SignUpForm invite={pendingInvite ? params.invite : undefined} email={pendingInvite?.email} />
        </Card>
        <p className="mt-6 text-sm text-zinc-600">
          {t("haveAccount")}{" "}
          <Link className="font-semibold text-brand-700 underline" href="/signin">
            {t("signIn")}
          </Link>
        </p>
      </main>
    </>
  );
}
