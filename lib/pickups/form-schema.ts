/**
 * The pickup form as the browser sends it, read in the user's language; Canada Post's rules (dates,
 * times, counts, the total weight's limit) are checked by the service, each with its own message
 * (rules.ts). Text limits are the carrier's pickup request's (../shared/canada-post-xsd/pickuprequest.xsd).
 */
import { z } from "zod";
import { parseWholeNumber } from "@/lib/forms/decimal";
import { addProblem, checkbox, choice, day, localized, numberText, optionalId, text, valueOf } from "@/lib/forms/fields";
import { PICKUP_FORM_LIMITS } from "@/lib/forms/limits";
import { readWeight } from "@/lib/forms/quantities";
import type { PickupInput } from "./pickups";

const time = text(5);

export const pickupFormSchema = localized((locale) =>
  z
    .object({
      locationId: optionalId,
      company: text(PICKUP_FORM_LIMITS.company),
      line1: text(PICKUP_FORM_LIMITS.line1),
      line2: text(PICKUP_FORM_LIMITS.line2),
      city: text(PICKUP_FORM_LIMITS.city),
      province: text(PICKUP_FORM_LIMITS.province),
      postalCode: text(PICKUP_FORM_LIMITS.postalCode),
      date: day,
      readyTime: time,
      closingTime: time,
      location: choice(["FRONT_DESK", "RECEPTION", "LOADING_DOCK", "MAILROOM", "SIDE_DOOR", "OTHER"]),
      instructions: text(PICKUP_FORM_LIMITS.instructions),
      contactName: text(PICKUP_FORM_LIMITS.contactName),
      contactPhone: text(PICKUP_FORM_LIMITS.contactPhone),
      contactEmail: text(PICKUP_FORM_LIMITS.contactEmail),
      parcels: numberText,
      totalWeight: numberText,
      weightUnit: choice(["kg", "lb"]).optional().default("kg"),
      heavy: checkbox,
      batchId: optionalId,
    })
    .transform((v, ctx): PickupInput => {
      const other = !v.locationId || v.locationId === "other";
      // A count or weight that is not a number at all is reported here; the rules say what a pickup takes (1 to 500 parcels, up to 10,000 kg).
      const parcels = parseWholeNumber(v.parcels);
      if (!parcels.ok) addProblem(ctx, "parcels", { code: parcels.code });
      const weight = readWeight(v.totalWeight, v.weightUnit === "lb" ? "IMPERIAL" : "METRIC", locale, Infinity);
      return {
        locationId: other ? null : v.locationId,
        address: other ? { company: v.company || null, line1: v.line1, line2: v.line2 || null, city: v.city, province: v.province.toUpperCase(), postalCode: v.postalCode.toUpperCase() } : null,
        date: v.date,
        readyTime: v.readyTime,
        closingTime: v.closingTime,
        location: v.location,
        instructions: v.instructions || null,
        contact: { name: v.contactName, phone: v.contactPhone, email: v.contactEmail.toLowerCase() },
        parcels: (parcels.ok ? parcels.value : null) ?? NaN,
        totalWeightGrams: valueOf(ctx, "totalWeight", weight) ?? NaN,
        heavy: v.heavy,
        batchId: v.batchId || null,
      };
    }),
);
