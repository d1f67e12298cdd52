/**
 * The quick-quote form, as typed (GET parameters, all strings): where from and to, the parcel in
 * the user's units or a template, options, the mailing date. Shared by the page and its tests.
 * Output amounts in cents, sizes in mm and g.
 */
import { z } from "zod";
import { checkbox, choice, day, localized, numberText, optionalId, text, valueOf } from "@/lib/forms/fields";
import { QUOTE_LIMITS } from "@/lib/forms/limits";
import { MONEY_LIMITS, readLength, readMoney, readWeight } from "@/lib/forms/quantities";

/**
 * Read in the user's language ("2,5" in French) once the text fields are: sizes in their units
 * (`units`) become mm and g, amounts cents, every number's problem reported at once.
 */
export const quickQuoteSchema = localized((locale) => {
  return z
    .object({
      /** A location id of the business, or a Canadian postal code typed in. */
      from: optionalId,
      fromPostalCode: text(QUOTE_LIMITS.fromPostalCode),
      country: text(2).transform((v) => v.toUpperCase() || "CA"),
      postalCode: text(QUOTE_LIMITS.postalCode),
      state: text(2).transform((v) => v.toUpperCase()),
      template: optionalId,
      units: choice(["METRIC", "IMPERIAL"]).optional().default("METRIC"),
      length: numberText,
      width: numberText,
      height: numberText,
      weight: numberText,
      signature: checkbox,
      coverage: numberText,
      cod: numberText,
      proofOfAge: choice(["", "18", "19"]).optional().default(""),
      cardForPickup: checkbox,
      doNotSafeDrop: checkbox,
      leaveAtDoor: checkbox,
      deliverToPostOffice: checkbox,
      shipDate: day,
    })
    .transform((v, ctx) => {
      const parcel = {
        lengthMm: valueOf(ctx, "length", readLength(v.length, v.units, locale)),
        widthMm: valueOf(ctx, "width", readLength(v.width, v.units, locale)),
        heightMm: valueOf(ctx, "height", readLength(v.height, v.units, locale)),
        weightGrams: valueOf(ctx, "weight", readWeight(v.weight, v.units, locale)),
      };
      const coverageCents = valueOf(ctx, "coverage", readMoney(v.coverage, locale, MONEY_LIMITS.coverageCents)) ?? 0;
      const codCents = valueOf(ctx, "cod", readMoney(v.cod, locale, MONEY_LIMITS.codCents)) ?? 0;
      if (!v.template) {
        for (const key of ["length", "width", "height", "weight"] as const) {
          if (v[key] === "") ctx.addIssue({ code: "custom", path: [key], message: "required" });
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
          coverageCents,
          codCents,
          proofOfAge: v.proofOfAge === "18" ? 18 : v.proofOfAge === "19" ? 19 : null,
          cardForPickup: v.cardForPickup,
          doNotSafeDrop: v.doNotSafeDrop,
          leaveAtDoor: v.leaveAtDoor,
          deliverToPostOffice: v.deliverToPostOffice,
        } as const,
        shipDate: v.shipDate || null,
      };
    });
});

export type QuickQuoteInput = z.output<ReturnType<typeof quickQuoteSchema>>;

/** The form's field names, to read them out of the URL's search parameters. */
export const QUICK_QUOTE_FIELDS = [
  "from", "fromPostalCode", "country", "postalCode", "state", "template", "units", "length", "width", "height", "weight",
  "signature", "coverage", "cod", "proofOfAge", "cardForPickup", "doNotSafeDrop", "leaveAtDoor", "deliverToPostOffice", "shipDate",
] as const;
