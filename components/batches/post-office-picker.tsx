"use client";

import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";

import type { PostOfficeMatch as Office } from "@/lib/carriers/types";

/**
 * Deliver to Post Office: the offices near the recipient's postal code that hold parcels, closest
 * first, to choose one. Sample data from the reference carrier says so.
 */
export function PostOfficePicker({ slug, rowId, postalCode, value, label, onChange, error }: { slug: string; rowId: string; postalCode: string; value: string; label: string; onChange: (id: string) => void; error?: string }) {
  const t = useTranslations("batches");
  const [offices, setOffices] = useState<Office[] | null>(null);
  const [sample, setSample] = useState(false);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const code = postalCode.replace(/\s/g, "");
    if (code.length < 3) return;
    const controller = new AbortController();
    fetch(`/b/${slug}/post-offices/nearest?postalCode=${encodeURIComponent(code)}&d2po=1&limit=8`, { signal: controller.signal })
      .then(async (r) => {
        const body = (await r.json()) as { offices: Office[]; sample?: boolean };
        setOffices(r.ok ? body.offices : []);
        setSample(Boolean(body.sample));
        setFailed(!r.ok);
      })
      .catch((e: unknown) => {
        if ((e as { name?: string }).name !== "AbortError") setFailed(true);
      });
    return () => controller.abort();
  }, [slug, postalCode]);

  const id = `${rowId}-postOfficeId`;
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium text-zinc-800">
        {t("postOffice")}
      </label>
      {label && <p className="text-xs text-zinc-600" data-testid="chosen-post-office">{label}</p>}
      {postalCode.replace(/\s/g, "").length < 3 ? (
        <p className="text-sm text-zinc-500">{t("postOfficeNeedsPostalCode")}</p>
      ) : failed ? (
        <p className="text-sm text-brand-700">{t("postOfficeSearchFailed")}</p>
      ) : (
        <select id={id} value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={error ? true : undefined} className="block w-full rounded-md bg-white px-3 py-2 text-sm ring-1 ring-zinc-300">
          <option value="">{offices ? t("choosePostOffice") : t("searchingPostOffices")}</option>
          {(offices ?? []).map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}, {o.line1}, {o.city} ({t("km", { km: o.distanceKm })})
            </option>
          ))}
        </select>
      )}
      {sample && <p className="text-xs text-zinc-500">{t("postOfficesSample")}</p>}
      {error && (
        <p className="text-sm text-brand-700" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
