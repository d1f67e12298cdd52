import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PublicHeader } from "@/components/layout/public-header";
import { Card } from "@/components/ui/card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("checkEmailTitle") };
}

export default async function CheckEmailPage() {
  const t = await getTranslations("auth");
  return (
    <>
      <PublicHeader />
      <main className="mx-auto max-w-md px-4 py-12">
        <Card title={t("checkEmailTitle")}>
          <p className="text-sm text-zinc-700">{t("checkEmailText")}</p>
        </Card>
      </main>
    </>
  );
}
