"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import type { Option } from "@/lib/addresses/locale";
import { SEARCH_LIMITS } from "@/lib/forms/limits";
import { controlClass } from "@/components/ui/field";

/**
 * Search as you type (the list follows 250 ms after the last key), and the tag and country
 * filters. Everything lives in the URL, so a search can be shared, reloaded or bookmarked.
 */
export function ContactFilters({ tags, countries }: { tags: string[]; countries: Option[] }) {
  const t = useTranslations("contacts");
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [q, setQ] = useState(params.get("q") ?? "");
  const [pending, startTransition] = useTransition();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const apply = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params.toString());
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    next.delete("page");
    next.delete("saved");
    next.delete("deleted");
    startTransition(() => router.replace(`${pathname}?${next.toString()}`, { scroll: false }));
  };

  useEffect(() => () => clearTimeout(timer.current), []);

  return (
    <div className="grid gap-3 sm:grid-cols-[1fr_12rem_14rem]" role="search" aria-busy={pending}>
      <div>
        <label htmlFor="contact-search" className="sr-only">
          {t("search")}
        </label>
        <input
          id="contact-search"
          type="search"
          maxLength={SEARCH_LIMITS.q}
          value={q}
          placeholder={t("searchPlaceholder")}
          className={controlClass}
          onChange={(e) => {
            setQ(e.target.value);
            clearTimeout(timer.current);
            const value = e.target.value;
            timer.current = setTimeout(() => apply({ q: value }), 250);
          }}
        />
      </div>
      <div>
        <label htmlFor="contact-tag" className="sr-only">
          {t("tag")}
        </label>
        <select id="contact-tag" className={controlClass} value={params.get("tag") ?? ""} onChange={(e) => apply({ tag: e.target.value })}>
          <option value="">{t("allTags")}</option>
          {tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="contact-country" className="sr-only">
          {t("country")}
        </label>
        <select id="contact-country" className={controlClass} value={params.get("country") ?? ""} onChange={(e) => apply({ country: e.target.value })}>
          <option value="">{t("allCountries")}</option>
          {countries.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
