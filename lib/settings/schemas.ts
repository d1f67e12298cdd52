import { z } from "zod";
import { SERVICE_CODES } from "@/lib/rating/services";

export const MAX_NOTIFICATION_EMAILS = 4;
export const REFERENCE_MAX = 35;

/** The shipment options a business can turn on by default. Coverage is in cents. */
export interface DefaultOptions {
  signature: boolean;
  coverageCents: number;
  cardForPickup: boolean;
  doNotSafeDrop: boolean;
  leaveAtDoor: boolean;
}

export const NO_OPTIONS: DefaultOptions = { signature: false, coverageCents: 0, cardForPickup: false, doNotSafeDrop: false, leaveAtDoor: false };

const checkbox = z
  .string()
  .optional()
  .transform((v) => v === "on" || v === "true");

const emails = z
  .string()
  .optional()
  .default("")
  .transform((v) => [...new Set(v.split(/[\s,;]+/).map((e) => e.trim().toLowerCase()).filter(Boolean))])
  .refine((list) => list.length <= MAX_NOTIFICATION_EMAILS, "tooManyEmails")
  .refine((list) => list.every((e) => e.length <= 60 && z.email().safeParse(e).success), "invalidEmailList");

const optionsFields = {
  signature: checkbox,
  cardForPickup: checkbox,
  doNotSafeDrop: checkbox,
  leaveAtDoor: checkbox,
  coverage: z
    .string()
    .trim()
    .optional()
    .default("")
    .transform((v) => (v === "" ? 0 : Number(v.replace(",", "."))))
    .refine((n) => Number.isFinite(n) && n >= 0 && n <= 5000, "coverageRange"),
};

function toOptions(v: { signature: boolean; cardForPickup: boolean; doNotSafeDrop: boolean; leaveAtDoor: boolean; coverage: number }): DefaultOptions {
  return { signature: v.signature, cardForPickup: v.cardForPickup, doNotSafeDrop: v.doNotSafeDrop, leaveAtDoor: v.leaveAtDoor, coverageCents: Math.round(v.coverage * 100) };
}

/** Leave at door and do not safe drop contradict each other; Canada Post refuses both. */
function optionsConflict(o: DefaultOptions, ctx: z.RefinementCtx) {
  if (o.leaveAtDoor && o.doNotSafeDrop) ctx.addIssue({ code: "custom", path: ["leaveAtDoor"], message: "leaveAtDoorConflict" });
}

const service = z.union([z.literal(""), z.enum(SERVICE_CODES as [string, ...string[]])]).transform((v) => v || null);
const id = z.string().max(64).optional().default("").transform((v) => v || null);

/** The business's defaults form. */
export const businessSettingsSchema = z
  .object({
    defaultLocationId: id,
    defaultService: service,
    labelFormat: z.enum(["PDF_4X6", "PDF_LETTER"]),
    notificationEmails: emails,
    reference: z.string().trim().max(REFERENCE_MAX, "tooLong").transform((v) => v || null),
    units: z.enum(["METRIC", "IMPERIAL"]),
    locale: z.enum(["en", "fr"]),
    emailLabels: checkbox,
    emailLabelsTo: z
      .string()
      .trim()
      .toLowerCase()
      .max(120, "invalidEmail")
      .optional()
      .default("")
      .refine((v) => v === "" || z.email().safeParse(v).success, "invalidEmail")
      .transform((v) => v || null),
    ...optionsFields,
  })
  .transform((v, ctx) => {
    const defaultOptions = toOptions(v);
    optionsConflict(defaultOptions, ctx);
    return {
      emailLabels: v.emailLabels,
      emailLabelsTo: v.emailLabelsTo,
      defaultLocationId: v.defaultLocationId,
      defaultService: v.defaultService,
      labelFormat: v.labelFormat,
      notificationEmails: v.notificationEmails,
      reference: v.reference,
      units: v.units,
      locale: v.locale,
      defaultOptions,
    };
  });

export type BusinessSettingsInput = z.output<typeof businessSettingsSchema>;

const inherit = <T extends z.ZodType>(schema: T) => z.union([z.literal(""), schema]).transform((v) => (v === "" ? null : (v as z.output<T>)));

/** One user's overrides; an empty choice means "use the business's default". */
export const userSettingsSchema = z
  .object({
    defaultLocationId: id,
    defaultService: service,
    labelFormat: inherit(z.enum(["PDF_4X6", "PDF_LETTER"])),
    units: inherit(z.enum(["METRIC", "IMPERIAL"])),
    locale: inherit(z.enum(["en", "fr"])),
    overrideEmails: checkbox,
    notificationEmails: emails,
    reference: z.string().trim().max(REFERENCE_MAX, "tooLong").transform((v) => v || null),
    overrideOptions: checkbox,
    ...optionsFields,
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
  });

export type UserSettingsInput = z.output<typeof userSettingsSchema>;
