import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { getProfile } from "@/lib/businesses/profile";
import { formatMoney } from "@/lib/i18n/format";
import { requestLocaleOr } from "@/lib/i18n/current";
import { requireActor } from "@/lib/tenancy/page";
import { can } from "@/lib/tenancy/roles";
import { ProfileForm } from "@/components/settings/profile-form";
import { ReturnSettingsForm } from "@/components/returns-page/return-settings-form";
import { env } from "@/lib/env";
import { getReturnSettings } from "@/lib/returns/settings";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("profile"))("title") };
}

export default async function BusinessProfilePage({ params }: { params: Promise<{ business: string }> }) {
  const actor = await requireActor((await params).business);
  const t = await getTranslations("profile");
  const tOpen = await getTranslations("openReturns");
  const locale = await requestLocaleOr("en");
  const profile = await getProfile(actor);
  const editable = can(actor.role, "business.edit");
  const returnSettings = await getReturnSettings(actor);
  const returnsPageUrl = new URL(`/returns/${actor.slug}`, env().APP_URL).toString();
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} />
      {!editable && <Alert tone="info">{t("readOnly")}</Alert>}
      <Card>
        <ProfileForm slug={actor.slug} profile={profile} editable={editable} creditLimit={formatMoney(profile.creditLimitCents, locale)} />
      </Card>
      <Card>
        <ReturnSettingsForm slug={actor.slug} settings={returnSettings} pageUrl={returnsPageUrl} editable={editable} />
        <p className="mt-4 border-t border-zinc-100 pt-4 text-sm text-zinc-600">
          <Link href={`/b/${actor.slug}/returns/open`} className="font-medium text-brand-700 underline">
            {tOpen("settingsLink")}
          </Link>{" "}
          {tOpen("settingsLinkHelp")}
        </p>
      </Card>
    </div>
  );
}
