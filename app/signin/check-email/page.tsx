import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import { PublicHeader } from "@/components/layout/public-header";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { devMailboxDir } from "@/lib/email/dev-mailbox";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("checkEmailTitle") };
}

export default async function CheckEmailPage() {
  const t = await getTranslations("auth");
  return (
    <>
      <PublicHeader />
      <main id="main" className="mx-auto max-w-md px-4 py-12">
        <Card title={t("checkEmailTitle")}>
          <p className="text-sm text-zinc-700">{t("checkEmailText")}</p>
          {devMailboxDir() && (
            <p className="mt-4 text-sm text-zinc-700">
              {t("devMailboxHint")}{" "}
              <Link href="/dev/mailbox" className="font-semibold text-brand-700 underline">
                /dev/mailbox
              </Link>
            </p>
          )}
        </Card>
      </main>
    </>
  );
}
