/**
 * The reasons a return is made for: the business's own list (BusinessSettings.returnReasons,
 * [{ code, en, fr }]) or, while it is empty, Envoi's default list, worded in both languages. Pure.
 */
import type { AppLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/messages";

export interface ReturnReason {
  code: string;
  en: string;
  fr: string;
}

export const DEFAULT_REASON_CODES = ["damaged", "wrongItem", "wrongSize", "notAsDescribed", "noLongerNeeded", "other"] as const;

/** Envoi's default reasons, in both languages. */
export function defaultReturnReasons(): ReturnReason[] {
  const en = translator("en", "returns.reasons");
  const fr = translator("fr", "returns.reasons");
  return DEFAULT_REASON_CODES.map((code) => ({ code, en: en(code), fr: fr(code) }));
}

/** The business's stored list, keeping only well-formed entries. */
export function storedReasons(stored: unknown): ReturnReason[] {
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((r) => {
    const o = r as Partial<ReturnReason> | null;
    if (!o || typeof o.code !== "string" || !o.code.trim()) return [];
    const en = typeof o.en === "string" && o.en.trim() ? o.en.trim() : o.code;
    const fr = typeof o.fr === "string" && o.fr.trim() ? o.fr.trim() : en;
    return [{ code: o.code.trim(), en, fr }];
  });
}

/** The reasons offered, each as `{ code, label }` in `locale`: the business's list, or the defaults. */
export function returnReasons(settings: { returnReasons: unknown } | null, locale: AppLocale): { code: string; label: string }[] {
  const own = storedReasons(settings?.returnReasons);
  return (own.length ? own : defaultReturnReasons()).map((r) => ({ code: r.code, label: locale === "fr" ? r.fr : r.en }));
}

/** The words of a reason code in `locale` (the code itself if the list no longer has it). */
export function reasonLabel(settings: { returnReasons: unknown } | null, code: string, locale: AppLocale): string {
  return returnReasons(settings, locale).find((r) => r.code === code)?.label ?? code;
}
