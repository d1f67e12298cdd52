import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { setLocaleAction } from "@/app/actions/locale";

/** Two buttons, English / Français; works without JavaScript. */
export async function LocaleSwitcher() {
  const locale = await getLocale();
  const t = await getTranslations("nav");
  const other = locale === "fr" ? "en" : "fr";
  return (
    <form action={setLocaleAction}>
      <input type="hidden" name="locale" value={other} />
      <button
        type="submit"
        lang={other}
        className="rounded-md px-2 py-1 text-sm font-medium text-zinc-700 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-zinc-600"
        aria-label={t("switchLanguage")}
      >
        {other === "fr" ? "Français" : "English"}
      </button>
    </form>
  );
}
