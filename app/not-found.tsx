import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-24 text-center">
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="mt-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-zinc-600">{t("text")}</p>
      <Link href="/start" className="mt-6 inline-block font-semibold text-brand-700 underline">
        {t("back")}
      </Link>
    </main>
  );
}
