import { z } from "zod";
import { lengthToMm, weightToGrams } from "@/lib/rating/measures";

/** Canada Post's largest side for a domestic parcel, and its heaviest parcel. */
export const MAX_SIDE_MM = 2000;
export const MAX_WEIGHT_GRAMS = 30_000;

const decimal = z
  .string()
  .trim()
  .min(1, "required")
  .transform((v) => Number(v.replace(",", ".")))
  .refine((n) => Number.isFinite(n), "notANumber");

/**
 * A parcel template as typed in the user's units ("units" says which); the output is in mm and g.
 * Accepts a decimal comma, as French users type it.
 */
export const templateSchema = z
  .object({
    name: z.string().trim().min(1, "required").max(40, "tooLong"),
    packaging: z.enum(["BOX", "ENVELOPE", "TUBE", "PAK"]),
    units: z.enum(["METRIC", "IMPERIAL"]),
    length: decimal,
    width: decimal,
    height: decimal,
    weight: decimal,
  })
  .transform((v, ctx) => {
    const out = {
      name: v.name,
      packaging: v.packaging,
      lengthMm: lengthToMm(v.length, v.units),
      widthMm: lengthToMm(v.width, v.units),
      heightMm: lengthToMm(v.height, v.units),
      weightGrams: weightToGrams(v.weight, v.units),
    };
    for (const side of ["length", "width", "height"] as const) {
      const mm = out[`${side}Mm`];
      if (mm < 1) ctx.addIssue({ code: "custom", path: [side], message: "mustBePositive" });
      else if (mm > MAX_SIDE_MM) ctx.addIssue({ code: "custom", path: [side], message: "sideTooLong" });
    }
    if (out.weightGrams < 0) ctx.addIssue({ code: "custom", path: ["weight"], message: "mustBePositive" });
    else if (out.weightGrams > MAX_WEIGHT_GRAMS) ctx.addIssue({ code: "custom", path: ["weight"], message: "tooHeavy" });
    return out;
  });

export type TemplateInput = z.output<typeof templateSchema>;
