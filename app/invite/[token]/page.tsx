import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import { redirect } from "next/navigation";
import { currentSession } from "@/lib/auth/session";
import { findInvitation } from "@/lib/members/accept-invitation";
import { PublicHeader } from "@/components/layout/public-header";
import { AcceptInvitationForm } from "@/components/members/accept-invitation-form";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("invitation"))("title") };
}

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("invitation");
  const roles = await getTranslations("roles");
  const [invitation, session] = await Promise.all([findInvitation(token), currentSession()]);
  // An account that has not confirmed its address does that first (the link it was emailed).
  if (session && !session.verified) redirect("/verify-email");
  const user = session?.user ?? null;
  const here = `/invite/${token}`;
  let body: React.ReactNode;
  if (!invitation || invitation.status !== "pending") {
    body = <Alert tone="error">{t(invitation?.status === "expired" ? "expired" : "invalid")}</Alert>;
  } else if (!user) {
    body = (
      <div className="space-y-4">
        <p className="text-sm text-zinc-700">{t("signInFirst", { email: invitation.email })}</p>
        <div className="flex flex-wrap gap-3">
          <Link href={`/signup?invite=${encodeURIComponent(token)}`} className={buttonClass("primary")}>
            {t("createAccount")}
          </Link>
          <Link href={`/signin?callbackUrl=${encodeURIComponent(here)}&email=${encodeURIComponent(invitation.email)}`} className={buttonClass("secondary")}>
            {t("signIn")}
          </Link>
        </div>
      </div>
    );
  } else if (user.email.toLowerCase() !== invitation.email) {
    body = <Alert tone="warning">{t("wrongEmail", { email: invitation.email, current: user.email })}</Alert>;
  } else {
    body = <AcceptInvitationForm token={token} business={invitation.businessName} />;
  }
  return (
    <>
      <PublicHeader />
      <main id="main" className="mx-auto max-w-md px-4 py-12">
        <Card title={invitation ? t("heading", { business: invitation.businessName }) : t("title")}>
          {invitation?.status === "pending" && <p className="mb-4 text-sm text-zinc-700">{t("role", { role: roles(invitation.role) })}</p>}
          {body}
        </Card>
      </main>
    </>
  );
}
