import core from "@/messages/en.json";
import coreFr from "@/messages/fr.json";
import addressesEn from "@/messages/addresses.en.json";
import addressesFr from "@/messages/addresses.fr.json";
import importEn from "@/messages/import.en.json";
import importFr from "@/messages/import.fr.json";
import ratingEn from "@/messages/rating.en.json";
import ratingFr from "@/messages/rating.fr.json";
import ratesEn from "@/messages/rates.en.json";
import ratesFr from "@/messages/rates.fr.json";
import shipmentsEn from "@/messages/shipments.en.json";
import shipmentsFr from "@/messages/shipments.fr.json";
import ordersEn from "@/messages/orders.en.json";
import ordersFr from "@/messages/orders.fr.json";
import paymentsEn from "@/messages/payments.en.json";
import paymentsFr from "@/messages/payments.fr.json";
import trackingEn from "@/messages/tracking.en.json";
import trackingFr from "@/messages/tracking.fr.json";
import noticesEn from "@/messages/notices.en.json";
import noticesFr from "@/messages/notices.fr.json";
import officesEn from "@/messages/offices.en.json";
import officesFr from "@/messages/offices.fr.json";
import pickupsEn from "@/messages/pickups.en.json";
import pickupsFr from "@/messages/pickups.fr.json";
import fieldsEn from "@/messages/fields.en.json";
import fieldsFr from "@/messages/fields.fr.json";
import apiEn from "@/messages/api.en.json";
import apiFr from "@/messages/api.fr.json";
import developersEn from "@/messages/developers.en.json";
import developersFr from "@/messages/developers.fr.json";
import webhooksEn from "@/messages/webhooks.en.json";
import webhooksFr from "@/messages/webhooks.fr.json";
import packingSlipsEn from "@/messages/packingSlips.en.json";
import packingSlipsFr from "@/messages/packingSlips.fr.json";
import manifestsEn from "@/messages/manifests.en.json";
import manifestsFr from "@/messages/manifests.fr.json";
import returnsEn from "@/messages/returns.en.json";
import returnsFr from "@/messages/returns.fr.json";
import returnsPageEn from "@/messages/returnsPage.en.json";
import returnsPageFr from "@/messages/returnsPage.fr.json";
import openReturnsEn from "@/messages/openReturns.en.json";
import openReturnsFr from "@/messages/openReturns.fr.json";
import { _createCache, _createIntlFormatters, createTranslator } from "next-intl";
import type { AppLocale } from "./locales";
import { PAGE_FORMATS, PAGE_TIME_ZONE } from "./page-config";

/** Adds a module's messages to a bundle; a namespace both have (actions, audit) gets the module's keys added. */
function withModule<A extends object, B extends object>(bundle: A, module: B): A & B {
  const merge = (a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> => {
    const out = { ...a };
    for (const [k, v] of Object.entries(b)) {
      const existing = out[k];
      out[k] = v && typeof v === "object" && existing && typeof existing === "object" ? merge(existing as Record<string, unknown>, v as Record<string, unknown>) : v;
    }
    return out;
  };
  return merge(bundle as Record<string, unknown>, module as Record<string, unknown>) as A & B;
}

// One bundle per language: the core messages plus each module's own file (add a module here).
type Bundle = typeof core & typeof addressesEn & typeof importEn & typeof ratingEn & typeof ratesEn & typeof shipmentsEn & typeof ordersEn & typeof paymentsEn & typeof trackingEn & typeof noticesEn & typeof officesEn & typeof pickupsEn & typeof fieldsEn & typeof apiEn & typeof developersEn & typeof webhooksEn & typeof packingSlipsEn & typeof manifestsEn & typeof returnsEn & typeof returnsPageEn & typeof openReturnsEn;
const bundle = (...modules: object[]) => modules.reduce((all, m) => withModule(all, m)) as Bundle;
const en = bundle(core, addressesEn, importEn, ratingEn, ratesEn, shipmentsEn, ordersEn, paymentsEn, trackingEn, noticesEn, officesEn, pickupsEn, fieldsEn, apiEn, developersEn, webhooksEn, packingSlipsEn, manifestsEn, returnsEn, returnsPageEn, openReturnsEn);
const fr = bundle(coreFr, addressesFr, importFr, ratingFr, ratesFr, shipmentsFr, ordersFr, paymentsFr, trackingFr, noticesFr, officesFr, pickupsFr, fieldsFr, apiFr, developersFr, webhooksFr, packingSlipsFr, manifestsFr, returnsFr, returnsPageFr, openReturnsFr);

export const MESSAGES = { en, fr } as const;
export type Messages = typeof en;

type Translate = (key: string, values?: Record<string, string | number | Date>) => string;
export type FullTranslator = ReturnType<typeof createTranslator>;

/** Per language for the life of the process: parsed messages and Intl formatters, and one translator per namespace. */
interface LanguageCache {
  formatters: ReturnType<typeof _createIntlFormatters>;
  translators: Map<string, FullTranslator>;
  messageCache: ReturnType<typeof _createCache>;
}
const languages = new Map<AppLocale, LanguageCache>();

function languageCache(locale: AppLocale): LanguageCache {
  let entry = languages.get(locale);
  if (!entry) {
    const messageCache = _createCache();
    entry = { messageCache, formatters: _createIntlFormatters(messageCache), translators: new Map() };
    languages.set(locale, entry);
  }
  return entry;
}

/** The Intl formatters (numbers, dates) kept for one language, for formatters made per request (lib/i18n/server.ts). */
export function sharedFormatters(locale: AppLocale) {
  return languageCache(locale).formatters;
}

/**
 * next-intl's translator for one language and namespace (`t`, `t.rich`, `t.markup`, `t.raw`), dates
 * in Eastern time with the pages' named formats (lib/i18n/page-config.ts). One per language and
 * namespace for the life of the process: a translator depends on nothing else (no clock), and each
 * keeps its parsed messages and number and date formatters, so a page presenting 250 quotes parses
 * each message once, not once per quote, and the next request not again. Pages take it through
 * `getTranslations` (lib/i18n/server.ts); emails, jobs and page data through `translator`.
 */
export function sharedTranslator(locale: AppLocale, namespace?: string): FullTranslator {
  const { messageCache, formatters, translators } = languageCache(locale);
  const key = namespace ?? "";
  let t = translators.get(key);
  if (!t) {
    // The namespace is checked at run time by next-intl; the cast keeps call sites simple.
    t = createTranslator({ locale, messages: MESSAGES[locale] as Messages, namespace: namespace as never, timeZone: PAGE_TIME_ZONE, formats: PAGE_FORMATS, _cache: messageCache, _formatters: formatters });
    translators.set(key, t);
  }
  return t;
}

/** A translator usable outside a request (emails, jobs, page data), for one locale: `sharedTranslator`, plain strings only. */
export function translator<N extends string>(locale: AppLocale, namespace: N): Translate {
  return sharedTranslator(locale, namespace) as unknown as Translate;
}
