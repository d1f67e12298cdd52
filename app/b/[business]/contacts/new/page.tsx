import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import { addressFormOptions } from "@/lib/addresses";
import { requestLocaleOr } from "@/lib/i18n/current";
import { requireActor } from "@/lib/tenancy/page";
import { can } from "@/lib/tenancy/roles";
import { ContactForm } from "@/components/contacts/contact-form";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("contacts"))("newTitle") };
}

export default async function NewContactPage({ params }: { params: Promise<{ business: string }> }) {
  const actor = await requireActor((await params).business);
  const t = await getTranslations("contacts");
  const options = addressFormOptions(await requestLocaleOr("en"));
  return (
    <div className="space-y-6">
      <Link href={`/b/${actor.slug}/contacts`} className="text-sm text-brand-700 underline">{t("back")}</Link>
      <PageHeader title={t("newTitle")} />
      {can(actor.role, "addressBook.edit") ? (
        <Card>
          <ContactForm slug={actor.slug} {...options} />
        </Card>
      ) : (
        <Alert tone="info">{t("readOnly")}</Alert>
      )}
    </div>
  );
}
