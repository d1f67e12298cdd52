/**
 * The quick-quote form, as typed (GET parameters, all strings): where from and to, the parcel in
 * the user's units or a template, options, the mailing date. Shared by the page and its tests.
 * Output amounts in cents, sizes in mm and g.
 */
import { z } from "zod";
import { lengthToMm, weightToGrams } from "@/lib/rating/measures";

const text = (max: number) => z.string().trim().max(max, "tooLong").optional().default("");
const checkbox = z
  .string()
  .optional()
  .transform((v) => v === "on" || v === "true" || v === "1");
const decimal = z
  .string()
  .trim()
  .optional()
  .default("")
  .transform((v) => (v === "" ? null : Number(v.replace(",", "."))));
const dollars = decimal.refine((n) => n === null || (Number.isFinite(n) && n >= 0), "notANumber").transform((n) => (n === null ? 0 : Math.round(n * 100)));

export const quickQuoteSchema = z
  .object({
    /** A location id of the business, or a Canadian postal code typed in. */
    from: text(64),
    fromPostalCode: text(10),
    country: text(2).transform((v) => v.toUpperCase() || "CA"),
    postalCode: text(12),
    state: text(2).transform((v) => v.toUpperCase()),
    template: text(64),
    units: z.enum(["METRIC", "IMPERIAL"]).optional().default("METRIC"),
    length: decimal,
    width: decimal,
    height: decimal,
    weight: decimal,
    signature: checkbox,
    coverage: dollars,
    cod: dollars,
    proofOfAge: z.enum(["", "18", "19"]).optional().default(""),
    cardForPickup: checkbox,
    doNotSafeDrop: checkbox,
    leaveAtDoor: checkbox,
    deliverToPostOffice: checkbox,
    shipDate: z
      .string()
      .trim()
      .optional()
      .default("")
      .refine((v) => v === "" || /^\d{4}-\d{2}-\d{2}$/.test(v), "invalidDate"),
  })
  .transform((v, ctx) => {
    const size = (typed: number | null, path: string, toUnit: (n: number) => number) => {
      if (typed === null) return null;
      if (Number.isNaN(typed)) ctx.addIssue({ code: "custom", path: [path], message: "notANumber" });
      else if (typed <= 0) ctx.addIssue({ code: "custom", path: [path], message: "mustBePositive" });
      else return Math.max(1, toUnit(typed));
      return null;
    };
    const len = (n: number) => lengthToMm(n, v.units);
    const parcel = {
      lengthMm: size(v.length, "length", len),
      widthMm: size(v.width, "width", len),
      heightMm: size(v.height, "height", len),
      weightGrams: size(v.weight, "weight", (n) => weightToGrams(n, v.units)),
    };
    if (!v.template) {
      for (const [key, value] of [["length", v.length], ["width", v.width], ["height", v.height], ["weight", v.weight]] as const) {
        if (value === null) ctx.addIssue({ code: "custom", path: [key], message: "required" });
      }
    }
    if (v.country === "CA" && !v.postalCode) ctx.addIssue({ code: "custom", path: ["postalCode"], message: "required" });
    if (v.country === "US" && !v.state) ctx.addIssue({ code: "custom", path: ["state"], message: "required" });
    if (!v.from && !v.fromPostalCode) ctx.addIssue({ code: "custom", path: ["fromPostalCode"], message: "required" });
    return {
      from: v.from,
      fromPostalCode: v.fromPostalCode,
      destination: { country: v.country, postalCode: v.postalCode || null, state: v.state || null },
      templateId: v.template || null,
      units: v.units,
      parcel,
      options: {
        signature: v.signature,
        coverageCents: v.coverage,
        codCents: v.cod,
        proofOfAge: v.proofOfAge === "18" ? 18 : v.proofOfAge === "19" ? 19 : null,
        cardForPickup: v.cardForPickup,
        doNotSafeDrop: v.doNotSafeDrop,
        leaveAtDoor: v.leaveAtDoor,
        deliverToPostOffice: v.deliverToPostOffice,
      } as const,
      shipDate: v.shipDate || null,
    };
  });

export type QuickQuoteInput = z.output<typeof quickQuoteSchema>;

/** The form's field names, to read them out of the URL's search parameters. */
export const QUICK_QUOTE_FIELDS = [
  "from", "fromPostalCode", "country", "postalCode", "state", "template", "units", "length", "width", "height", "weight",
  "signature", "coverage", "cod", "proofOfAge", "cardForPickup", "doNotSafeDrop", "leaveAtDoor", "deliverToPostOffice", "shipDate",
] as const;
