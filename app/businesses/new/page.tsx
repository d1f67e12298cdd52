import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import { requireUser } from "@/lib/tenancy/page";
import { listMyBusinesses } from "@/lib/tenancy/membership";
import { PublicHeader } from "@/components/layout/public-header";
import { CreateBusinessForm } from "@/components/auth/create-business-form";
import { Card } from "@/components/ui/card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("businesses"))("newTitle") };
}

export default async function NewBusinessPage() {
  const user = await requireUser("/businesses/new");
  const t = await getTranslations("businesses");
  const hasBusiness = (await listMyBusinesses(user.id)).length > 0;
  return (
    <>
      <PublicHeader />
      <main id="main" className="mx-auto max-w-md px-4 py-12">
        <h1 className="mb-2 text-2xl font-bold">{t("newTitle")}</h1>
        <p className="mb-6 text-sm text-zinc-600">{hasBusiness ? t("newLead") : t("firstLead")}</p>
        <Card>
          <CreateBusinessForm />
        </Card>
      </main>
    </>
  );
}
