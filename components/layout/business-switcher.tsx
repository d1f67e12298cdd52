import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";

/**
 * The businesses the user belongs to; the current one is marked. Uses <details>, so no script is
 * needed. Its accessible name starts with the business name it shows ("Acme: switch business").
 */
export async function BusinessSwitcher({ current, businesses }: { current: string; businesses: { slug: string; name: string }[] }) {
  const t = await getTranslations("nav");
  const currentName = businesses.find((b) => b.slug === current)?.name ?? current;
  return (
    <details className="relative min-w-0">
      <summary
        className="flex cursor-pointer list-none items-center gap-1 rounded-md px-2 py-1 text-sm font-semibold text-zinc-900 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-brand-700"
        aria-label={t("switchBusinessOf", { name: currentName })}
      >
        <span className="truncate">{currentName}</span>
        <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4 shrink-0 text-zinc-500" fill="currentColor">
          <path d="M5.23 7.21a.75.75 0 011.06.02L10 11.06l3.71-3.83a.75.75 0 111.08 1.04l-4.25 4.39a.75.75 0 01-1.08 0L5.21 8.27a.75.75 0 01.02-1.06z" />
        </svg>
      </summary>
      <div className="absolute left-0 z-40 mt-1 w-64 max-w-[calc(100vw-2rem)] rounded-md bg-white py-1 shadow-lg ring-1 ring-zinc-200">
        <p className="px-3 py-1 text-xs font-medium uppercase text-zinc-600">{t("yourBusinesses")}</p>
        <ul>
          {businesses.map((b) => (
            <li key={b.slug}>
              <Link href={`/b/${b.slug}`} aria-current={b.slug === current ? "page" : undefined} className="block px-3 py-2 text-sm hover:bg-zinc-50 aria-[current=page]:font-semibold">
                {b.name}
              </Link>
            </li>
          ))}
        </ul>
        <Link href="/businesses/new" className="block border-t border-zinc-100 px-3 py-2 text-sm text-brand-700 hover:bg-zinc-50">
          {t("newBusiness")}
        </Link>
      </div>
    </details>
  );
}
