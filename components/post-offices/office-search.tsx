import { getTranslations } from "@/lib/i18n/server";
import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field";

/** A plain GET form (?q=&d2po=1): works without JavaScript, and a search is a link. */
export async function OfficeSearch({ query, d2poOnly }: { query: string; d2poOnly: boolean }) {
  const t = await getTranslations("offices");
  return (
    <form method="get" role="search" aria-label={t("title")} className="space-y-3">
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-64 flex-1 space-y-1.5">
          <label htmlFor="office-q" className="block text-sm font-medium text-zinc-800">
            {t("queryLabel")}
          </label>
          <input id="office-q" name="q" defaultValue={query} maxLength={200} autoComplete="off" aria-describedby="office-q-hint" className={controlClass} />
        </div>
        <Button type="submit">{t("search")}</Button>
      </div>
      <p id="office-q-hint" className="text-xs text-zinc-500">
        {t("queryHint")}
      </p>
      <label className="flex items-center gap-2 text-sm text-zinc-800">
        <input type="checkbox" name="d2po" value="1" defaultChecked={d2poOnly} className="size-4 rounded border-zinc-300" />
        {t("d2poOnly")}
      </label>
    </form>
  );
}
