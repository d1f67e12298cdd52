/**
 * Shapes every endpoint shares: money in cents with its currency, weights in grams, lengths in
 * millimetres, the error body, list pages. Each carries its OpenAPI name and description (zod's
 * `.meta`), which lib/api/openapi.ts turns into the reference.
 */
import { z } from "zod";

export const Money = z
  .object({
    amount: z.number().int().meta({ description: "In cents (1050 = $10.50).", example: 1050 }),
    currency: z.literal("CAD"),
  })
  .meta({ id: "Money", description: "An amount in cents, with its currency." });

export const money = (cents: number) => ({ amount: cents, currency: "CAD" as const });

export const Grams = z.number().int().min(1).max(30_000).meta({ description: "Weight in grams.", example: 1200 });
export const Millimetres = z.number().int().min(1).max(3_000).meta({ description: "Length in millimetres.", example: 300 });

export const Parcel = z
  .object({
    weightGrams: Grams,
    lengthMm: Millimetres,
    widthMm: Millimetres,
    heightMm: Millimetres,
  })
  .meta({ id: "Parcel", description: "One parcel: weight in grams, sides in millimetres." });

export const ContentItems = z
  .array(
    z.object({
      description: z.string().trim().min(1, "required").max(100, "maxChars").meta({ example: "Wool mittens, grey" }),
      sku: z.string().trim().max(40, "maxChars").nullish().meta({ example: "MIT-GR-M" }),
      quantity: z.number().int().min(1).max(9_999).default(1),
    }),
  )
  .max(50)
  .meta({ id: "ContentItems", description: "What the parcel holds: printed on its packing slip and offered to the customer who returns it." });

export const Id = z.string().min(1).max(64).meta({ description: "An object's id.", example: "cmh3k2x0a0001" });

export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "isoDate").meta({ description: "A calendar day, YYYY-MM-DD.", example: "2026-12-07" });

export const FieldError = z
  .object({ param: z.string(), code: z.string(), message: z.string() })
  .meta({ id: "FieldError", description: "One field's problem: the field (a dotted path into the request), a code, and the sentence in the caller's language." });

export const ErrorBody = z
  .object({
    error: z.object({
      type: z.enum(["invalid_request_error", "authentication_error", "permission_error", "not_found_error", "conflict_error", "idempotency_error", "rate_limit_error", "carrier_error", "api_error"]),
      code: z.string(),
      message: z.string().meta({ description: "In English or French, from Accept-Language." }),
      param: z.string().nullable(),
      errors: z.array(FieldError).optional(),
    }),
  })
  .meta({ id: "Error", description: "Every error has this shape." });

/** A page of a list, newest first: `nextCursor` goes in the next request's `cursor`. */
export function listOf<T extends z.ZodType>(item: T, name: string) {
  return z
    .object({ data: z.array(item), hasMore: z.boolean(), nextCursor: z.string().nullable() })
    .meta({ id: `${name}List`, description: `A page of ${name} objects.` });
}

export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20).meta({ description: "At most 100; 20 unless said." }),
  cursor: z.string().max(64).optional().meta({ description: "The `nextCursor` of the previous page." }),
});
