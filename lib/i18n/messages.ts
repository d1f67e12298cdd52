import core from "@/messages/en.json";
import coreFr from "@/messages/fr.json";
import addressesEn from "@/messages/addresses.en.json";
import addressesFr from "@/messages/addresses.fr.json";
import { createTranslator } from "next-intl";
import type { AppLocale } from "./locales";

// One bundle per language: the core messages plus each module's own file.
const en = { ...core, ...addressesEn };
const fr = { ...coreFr, ...addressesFr };

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
