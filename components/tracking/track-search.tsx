import { getTranslations } from "@/lib/i18n/server";
import { Button } from "@/components/ui/button";

/** A plain GET form to /track: works without JavaScript, and from a shop's own page. */
export async function TrackSearch({ value }: { value?: string }) {
  const t = await getTranslations("tracking.public");
  return (
    <form action="/track" method="get" className="flex flex-wrap items-end gap-2" role="search">
      <div className="min-w-64 flex-1 space-y-1.5">
        <label htmlFor="track-number" className="block text-sm font-medium text-zinc-800">
          {t("numberLabel")}
        </label>
        <input id="track-number" name="number" defaultValue={value} required maxLength={40} autoComplete="off" className="block w-full rounded-md bg-white px-3 py-2 font-mono text-sm ring-1 ring-inset ring-zinc-300 focus:ring-2 focus:ring-brand-700" />
      </div>
      <Button type="submit">{t("track")}</Button>
    </form>
  );
}
