/**
 * `getTranslations` and `getFormatter` for server components, pages, actions and route handlers:
 * next-intl's, with the parsed messages and the Intl formatters kept for the life of the process
 * (the translators of lib/i18n/messages.ts, which emails and jobs use too).
 *
 * next-intl makes a new message cache and new Intl formatters for every request, so each page
 * view parses again every message it formats with values and builds again every number and date
 * format (about 1 ms of CPU on the overview). What they depend on (the language, the messages, the
 * time zone and the named formats, lib/i18n/page-config.ts) is the same for every request in a
 * language, so one cache per language serves them all. The language is still the request's own
 * (next-intl's `getLocale`, from lib/i18n/request.ts).
 */
import "server-only";
import { cache } from "react";
import { createFormatter } from "next-intl";
import { getLocale, type getFormatter as nextIntlGetFormatter, type getTranslations as nextIntlGetTranslations } from "next-intl/server";
import { isLocale, type AppLocale } from "./locales";
import { sharedFormatters, sharedTranslator } from "./messages";
import { PAGE_FORMATS, PAGE_TIME_ZONE } from "./page-config";

async function localeOf(requested: string | undefined): Promise<AppLocale> {
  const locale = requested ?? (await getLocale());
  if (!isLocale(locale)) throw new Error(`no messages for the locale "${locale}"`);
  return locale;
}

async function translations(namespaceOrOptions?: string | { locale?: string; namespace?: string }) {
  const options = typeof namespaceOrOptions === "string" ? { namespace: namespaceOrOptions } : (namespaceOrOptions ?? {});
  return sharedTranslator(await localeOf(options.locale), options.namespace);
}

/** next-intl's `getTranslations`, same signature and messages; see the file's comment. */
export const getTranslations = cache(translations) as unknown as typeof nextIntlGetTranslations;

async function formatter(options?: { locale?: string }) {
  const locale = await localeOf(options?.locale);
  // Per request: a formatter reads the clock (`now`) once, when made; its Intl formatters are shared.
  return createFormatter({ locale, timeZone: PAGE_TIME_ZONE, formats: PAGE_FORMATS, now: new Date(), _formatters: sharedFormatters(locale) });
}

/** next-intl's `getFormatter`, same signature; see the file's comment. */
export const getFormatter = cache(formatter) as unknown as typeof nextIntlGetFormatter;
