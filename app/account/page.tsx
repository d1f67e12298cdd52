import Link from "next/link";
import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { requireUser } from "@/lib/tenancy/page";
import { listMyBusinesses } from "@/lib/tenancy/membership";
import { PublicHeader } from "@/components/layout/public-header";
import { ProfileForm } from "@/components/auth/profile-form";
import { PasswordForm } from "@/components/auth/password-form";
import { SignOutEverywhereForm } from "@/components/auth/sign-out-everywhere-form";
import { hasPassword } from "@/lib/users/change-password";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

export default async function AccountPage() {
  const user = await requireUser("/account");
  const t = await getTranslations("account");
  const roles = await getTranslations("roles");
  const businesses = await listMyBusinesses(user.id);
  return (
    <>
      <PublicHeader />
      <main id="main" className="mx-auto max-w-2xl space-y-6 px-4 py-12">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-sm text-zinc-600">{user.email}</p>
        <Card title={t("profile")}>
          <ProfileForm name={user.name ?? ""} locale={await getLocale()} />
        </Card>
        <Card title={t("password")}>
          <PasswordForm hasPassword={await hasPassword(user.id)} />
        </Card>
        <Card title={t("businesses")}>
          <ul className="divide-y divide-zinc-100">
            {businesses.map((b) => (
              <li key={b.id} className="flex items-center justify-between py-2 text-sm">
                <Link href={`/b/${b.slug}`} className="font-medium text-brand-700 underline">{b.name}</Link>
                <Badge>{roles(b.role)}</Badge>
              </li>
            ))}
          </ul>
          <Link href="/businesses/new" className="mt-3 inline-block text-sm font-semibold text-brand-700 underline">{t("newBusiness")}</Link>
        </Card>
        <Card title={t("sessions")}>
          <SignOutEverywhereForm />
        </Card>
      </main>
    </>
  );
}
