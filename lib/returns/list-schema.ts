/** The Returns list's query (search, status, page), as typed in the URL. */
import { z } from "zod";
import { choice, wholeNumber } from "@/lib/forms/fields";
import { SEARCH_LIMITS } from "@/lib/forms/limits";

/** "waiting" is REQUESTED under the name the business knows it by: waiting for approval. */
export const RETURN_STATUS_FILTERS = ["", "waiting", "ISSUED", "IN_TRANSIT", "ARRIVED", "REFUSED", "CANCELLED"] as const;

export const returnQuerySchema = z.object({
  /** Return number, order number (the shipment's first reference), customer email or tracking number (the return's or the shipment's). */
  q: z.string().trim().max(SEARCH_LIMITS.q, "maxChars").optional().default(""),
  status: choice(RETURN_STATUS_FILTERS).optional().default(""),
  page: wholeNumber(1, 100_000).optional().default(1),
});

export type ReturnQuery = z.output<typeof returnQuerySchema>;
export const RETURNS_PAGE_SIZE = 50;
