/** The shipments list's query (search and filters), as typed in the URL. */
import { z } from "zod";
import { choice, day, wholeNumber } from "@/lib/forms/fields";
import { ID_MAX, SEARCH_LIMITS } from "@/lib/forms/limits";

export const shipmentQuerySchema = z.object({
  q: z.string().max(SEARCH_LIMITS.q, "maxChars").optional().default(""),
  from: day,
  to: day,
  /** Issued or voided, or where an issued parcel is (its tracking status). */
  status: choice(["", "LABELLED", "VOIDED", "CREATED", "IN_TRANSIT", "OUT_FOR_DELIVERY", "DELIVERED", "READY_FOR_PICKUP", "EXCEPTION", "RETURNED"]).optional().default(""),
  service: z.string().max(SEARCH_LIMITS.service, "maxChars").optional().default(""),
  location: z.string().max(ID_MAX, "unreadable").optional().default(""),
  batch: wholeNumber(0, 10_000_000).optional().default(0),
  page: wholeNumber(1, 100_000).optional().default(1),
});

export type ShipmentQuery = z.output<typeof shipmentQuerySchema>;
export const SHIPMENTS_PAGE_SIZE = 50;
