import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import { createTranslator } from "next-intl";
import type { AppLocale } from "./locales";

export const MESSAGES = { en, fr } as const;
export type Messages = typeof en;

/** A translator usable outside a request (emails, jobs), for one locale. */
export function translator<N extends string>(locale: AppLocale, namespace: N) {
  // The namespace is checked at run time by next-intl; the cast keeps call sites simple.
  return createTranslator({ locale, messages: MESSAGES[locale] as Messages, namespace: namespace as never }) as unknown as (
    key: string,
    values?: Record<string, string | number | Date>,
  ) => string;
}
