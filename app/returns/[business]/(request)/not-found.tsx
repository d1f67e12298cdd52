import { getTranslations } from "@/lib/i18n/server";
import { PublicHeader } from "@/components/layout/public-header";

/** An unknown business and a returns page turned off look the same: nothing says which it is. */
export default async function ReturnsPageNotFound() {
  const t = await getTranslations("returnsPage.page");
  return (
    <>
      <PublicHeader />
      <main id="main" className="mx-auto max-w-2xl space-y-4 px-4 py-16">
        <h1 className="text-2xl font-bold">{t("unavailableTitle")}</h1>
        <p className="text-zinc-700">{t("unavailableText")}</p>
      </main>
    </>
  );
}
