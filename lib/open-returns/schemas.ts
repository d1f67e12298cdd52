/**
 * What the open return forms send: a new template (ship-back location, service, parcel in the
 * member's units and language, how many labels at most), a print (how many labels, what size, the
 * form's own print id) and a retire. Output in mm, g and whole counts.
 */
import { z } from "zod";
import { addProblem, choice, idField, localized, numberText, text, valueOf } from "@/lib/forms/fields";
import { readCount, readLength, readWeight } from "@/lib/forms/quantities";
import { SERVICES } from "@/lib/rating/services";

/** How many labels one template may issue (the reference carrier's limits; Canada Post's are the same or wider). */
export const OPEN_RETURN_USES = { min: 1, max: 10_000 } as const;
/** How many labels one print issues at most (one PDF). */
export const PRINT_MAX = 50;

/** The services an open return label may use: domestic, tracked (its first scan is what is charged). */
export const OPEN_RETURN_SERVICES = SERVICES.filter((s) => s.destination === "domestic" && s.tracked).map((s) => s.code) as [string, ...string[]];

const required = (ctx: z.RefinementCtx, field: string) => addProblem(ctx, field, { code: "required" });

export const openReturnSchema = localized((locale) =>
  z
    .object({
      locationId: idField,
      // Checked with the numbers below, so a wrong choice does not hide their problems.
      serviceCode: text(20),
      units: choice(["METRIC", "IMPERIAL"]),
      length: numberText,
      width: numberText,
      height: numberText,
      weight: numberText,
      maxUses: numberText,
    })
    .transform((v, ctx) => {
      const read = (field: "length" | "width" | "height" | "weight") => {
        if (v[field] === "") return required(ctx, field), 0;
        const reading = field === "weight" ? readWeight(v[field], v.units, locale) : readLength(v[field], v.units, locale);
        return valueOf(ctx, field, reading) ?? 0;
      };
      if (!OPEN_RETURN_SERVICES.includes(v.serviceCode)) addProblem(ctx, "serviceCode", { code: "choose" });
      const maxUses = v.maxUses === "" ? (required(ctx, "maxUses"), 0) : (valueOf(ctx, "maxUses", readCount(v.maxUses, OPEN_RETURN_USES.min, OPEN_RETURN_USES.max)) ?? 0);
      return { locationId: v.locationId, serviceCode: v.serviceCode, lengthMm: read("length"), widthMm: read("width"), heightMm: read("height"), weightGrams: read("weight"), maxUses };
    }),
);

export type OpenReturnInput = z.output<ReturnType<typeof openReturnSchema>>;

export const printOpenReturnSchema = z.object({
  openReturnId: idField,
  count: numberText.transform((raw, ctx) => (raw === "" ? (required(ctx, ""), 0) : (valueOf(ctx, "", readCount(raw, 1, PRINT_MAX)) ?? 0))),
  size: choice(["thermal4x6", "letter"]),
  // One per form shown: a second submit of the same form (a double click) issues nothing more.
  printId: z.string().trim().regex(/^[A-Za-z0-9_-]{8,64}$/, "unreadable"),
});

export const openReturnIdSchema = z.object({ openReturnId: idField });
