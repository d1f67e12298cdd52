/** The shipments list's query (search and filters), as typed in the URL. */
import { z } from "zod";

const day = z.union([z.literal(""), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]).optional().default("");

export const shipmentQuerySchema = z.object({
  q: z.string().max(100).optional().default(""),
  from: day,
  to: day,
  /** Issued or voided, or where an issued parcel is (its tracking status). */
  status: z.enum(["", "LABELLED", "VOIDED", "CREATED", "IN_TRANSIT", "OUT_FOR_DELIVERY", "DELIVERED", "READY_FOR_PICKUP", "EXCEPTION", "RETURNED"]).optional().default(""),
  service: z.string().max(20).optional().default(""),
  location: z.string().max(64).optional().default(""),
  batch: z.coerce.number().int().min(0).max(10_000_000).optional().default(0),
  page: z.coerce.number().int().min(1).max(100_000).optional().default(1),
});

export type ShipmentQuery = z.output<typeof shipmentQuerySchema>;
export const SHIPMENTS_PAGE_SIZE = 50;
