import { z } from "zod";
import type { AppLocale } from "@/lib/i18n/locales";
import { checkbox, choice, localized, numberText, optionalId, text, valueOf } from "@/lib/forms/fields";
import { SETTINGS_LIMITS } from "@/lib/forms/limits";
import { MONEY_LIMITS, readMoney } from "@/lib/forms/quantities";
import { SERVICE_CODES } from "@/lib/rating/services";

export const MAX_NOTIFICATION_EMAILS = 4;
export const REFERENCE_MAX = SETTINGS_LIMITS.reference;

/** The shipment options a business can turn on by default. Coverage is in cents. */
export interface DefaultOptions {
  signature: boolean;
  coverageCents: number;
  cardForPickup: boolean;
  doNotSafeDrop: boolean;
  leaveAtDoor: boolean;
}

export const NO_OPTIONS: DefaultOptions = { signature: false, coverageCents: 0, cardForPickup: false, doNotSafeDrop: false, leaveAtDoor: false };

const emails = text(SETTINGS_LIMITS.notificationEmails)
  .transform((v) => [...new Set(v.split(/[\s,;]+/).map((e) => e.trim().toLowerCase()).filter(Boolean))])
  .refine((list) => list.length <= MAX_NOTIFICATION_EMAILS, "tooManyEmails")
  .refine((list) => list.every((e) => e.length <= 60 && z.email().safeParse(e).success), "invalidEmailList");

/** The options' fields; coverage is an amount in dollars read in the user's language, in cents. */
const optionsFields = (locale: AppLocale) => ({
  signature: checkbox,
  cardForPickup: checkbox,
  doNotSafeDrop: checkbox,
  leaveAtDoor: checkbox,
  coverage: numberText.transform((v, ctx) => valueOf(ctx, "", readMoney(v, locale, MONEY_LIMITS.coverageCents)) ?? 0),
});

function toOptions(v: { signature: boolean; cardForPickup: boolean; doNotSafeDrop: boolean; leaveAtDoor: boolean; coverage: number }): DefaultOptions {
  return { signature: v.signature, cardForPickup: v.cardForPickup, doNotSafeDrop: v.doNotSafeDrop, leaveAtDoor: v.leaveAtDoor, coverageCents: v.coverage };
}

/** Leave at door and do not safe drop contradict each other; Canada Post refuses both. */
function optionsConflict(o: DefaultOptions, ctx: z.RefinementCtx) {
  if (o.leaveAtDoor && o.doNotSafeDrop) ctx.addIssue({ code: "custom", path: ["leaveAtDoor"], message: "leaveAtDoorConflict" });
}

const service = choice(["", ...SERVICE_CODES]).transform((v) => v || null);
const id = optionalId.transform((v) => v || null);
const reference = text(REFERENCE_MAX).transform((v) => v || null);

/** The business's defaults form. */
export const businessSettingsSchema = localized((locale) =>
  z
    .object({
      defaultLocationId: id,
      defaultService: service,
      labelFormat: choice(["PDF_4X6", "PDF_LETTER"]),
      notificationEmails: emails,
      reference,
      units: choice(["METRIC", "IMPERIAL"]),
      locale: choice(["en", "fr"]),
      emailLabels: checkbox,
      emailLabelsTo: text(SETTINGS_LIMITS.emailLabelsTo)
        .transform((v) => v.toLowerCase())
        .refine((v) => v === "" || z.email().safeParse(v).success, "invalidEmail")
        .transform((v) => v || null),
      packingSlips: checkbox,
      packingSlipNote: text(SETTINGS_LIMITS.packingSlipNote).transform((v) => v || null),
      ...optionsFields(locale),
    })
    .transform((v, ctx) => {
      const defaultOptions = toOptions(v);
      optionsConflict(defaultOptions, ctx);
      return {
        emailLabels: v.emailLabels,
        emailLabelsTo: v.emailLabelsTo,
        packingSlips: v.packingSlips,
        packingSlipNote: v.packingSlipNote,
        defaultLocationId: v.defaultLocationId,
        defaultService: v.defaultService,
        labelFormat: v.labelFormat,
        notificationEmails: v.notificationEmails,
        reference: v.reference,
        units: v.units,
        locale: v.locale,
        defaultOptions,
      };
    }),
);

export type BusinessSettingsInput = z.output<ReturnType<typeof businessSettingsSchema>>;

/** A choice that may be left on "the business's default" (""): null. */
const inherit = <const T extends readonly [string, ...string[]]>(values: T) => choice(["", ...values]).transform((v) => (v === "" ? null : (v as T[number])));

/** One user's overrides; an empty choice means "use the business's default". */
export const userSettingsSchema = localized((locale) =>
  z
    .object({
      defaultLocationId: id,
      defaultService: service,
      labelFormat: inherit(["PDF_4X6", "PDF_LETTER"]),
      units: inherit(["METRIC", "IMPERIAL"]),
      locale: inherit(["en", "fr"]),
      overrideEmails: checkbox,
      notificationEmails: emails,
      reference,
      overrideOptions: checkbox,
      ...optionsFields(locale),
    })
    .transform((v, ctx) => {
      const options = toOptions(v);
      if (v.overrideOptions) optionsConflict(options, ctx);
      return {
        defaultLocationId: v.defaultLocationId,
        defaultService: v.defaultService,
        labelFormat: v.labelFormat,
        units: v.units,
        locale: v.locale,
        notificationEmails: v.overrideEmails ? v.notificationEmails : null,
        reference: v.reference,
        defaultOptions: v.overrideOptions ? options : null,
      };
    }),
);

export type UserSettingsInput = z.output<ReturnType<typeof userSettingsSchema>>;
