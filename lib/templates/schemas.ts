import { z } from "zod";
import { choice, localized, numberText, requiredText, valueOf } from "@/lib/forms/fields";
import { TEMPLATE_LIMITS } from "@/lib/forms/limits";
import { readLength, readWeight } from "@/lib/forms/quantities";

/**
 * A parcel template as typed in the user's units ("units" says which) and language ("2,5" in
 * French); the output is in mm and g. Every field is checked, so one empty size does not hide a
 * problem with another.
 */
export const templateSchema = localized((locale) =>
  z
    .object({
      name: requiredText(TEMPLATE_LIMITS.name),
      packaging: choice(["BOX", "ENVELOPE", "TUBE", "PAK"]),
      units: choice(["METRIC", "IMPERIAL"]),
      length: numberText,
      width: numberText,
      height: numberText,
      weight: numberText,
    })
    .transform((v, ctx) => {
      const read = (field: "length" | "width" | "height" | "weight") => {
        if (v[field] === "") {
          ctx.addIssue({ code: "custom", path: [field], message: "required" });
          return 0;
        }
        const reading = field === "weight" ? readWeight(v[field], v.units, locale) : readLength(v[field], v.units, locale);
        return valueOf(ctx, field, reading) ?? 0;
      };
      return { name: v.name, packaging: v.packaging, lengthMm: read("length"), widthMm: read("width"), heightMm: read("height"), weightGrams: read("weight") };
    }),
);

export type TemplateInput = z.output<ReturnType<typeof templateSchema>>;
