import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import { getRememberedMapping } from "@/lib/contacts/import/import-contacts";
import { requireActor } from "@/lib/tenancy/page";
import { can } from "@/lib/tenancy/roles";
import { ContactImportWizard } from "@/components/contacts/import/contact-import-wizard";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("import"))("title") };
}

/** Import contacts from a CSV, TXT or XML file: choose the file, match its columns, check the rows, import. */
export default async function ImportContactsPage({ params }: { params: Promise<{ business: string }> }) {
  const actor = await requireActor((await params).business);
  const t = await getTranslations("import");
  const editable = can(actor.role, "addressBook.edit");
  return (
    <div className="space-y-6">
      <Link href={`/b/${actor.slug}/contacts`} className="text-sm text-brand-700 underline">
        {t("back")}
      </Link>
      <PageHeader title={t("title")} description={t("intro")} />
      {editable ? <ContactImportWizard slug={actor.slug} remembered={await getRememberedMapping(actor)} /> : <Alert tone="info">{t("readOnly")}</Alert>}
    </div>
  );
}
