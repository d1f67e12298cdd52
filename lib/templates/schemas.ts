import { z } from "zod";
import { lengthToMm, weightToGrams } from "@/lib/rating/measures";

/** Canada Post's largest side for a domestic parcel, and its heaviest parcel. */
export const MAX_SIDE_MM = 2000;
export const MAX_WEIGHT_GRAMS = 30_000;

/** A number as typed (decimal comma accepted): null when empty, NaN when not a number; both reported below. */
const decimal = z
  .string()
  .trim()
  .transform((v) => (v === "" ? null : Number(v.replace(",", "."))));

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
      lengthMm: lengthToMm(v.length ?? NaN, v.units),
      widthMm: lengthToMm(v.width ?? NaN, v.units),
      heightMm: lengthToMm(v.height ?? NaN, v.units),
      weightGrams: weightToGrams(v.weight ?? NaN, v.units),
    };
    // Every field is checked, so one empty size does not hide a problem with another.
    const missing = (typed: number | null) => (typed === null ? "required" : Number.isNaN(typed) ? "notANumber" : null);
    for (const side of ["length", "width", "height"] as const) {
      const mm = out[`${side}Mm`];
      const problem = missing(v[side]) ?? (mm < 1 ? "mustBePositive" : mm > MAX_SIDE_MM ? "sideTooLong" : null);
      if (problem) ctx.addIssue({ code: "custom", path: [side], message: problem });
    }
    const weightProblem = missing(v.weight) ?? (out.weightGrams < 0 ? "mustBePositive" : out.weightGrams > MAX_WEIGHT_GRAMS ? "tooHeavy" : null);
    if (weightProblem) ctx.addIssue({ code: "custom", path: ["weight"], message: weightProblem });
    return out;
  });

export type TemplateInput = z.output<typeof templateSchema>;
