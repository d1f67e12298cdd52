/** The PostOffice object of the API: an office near a place, its hours and whether it holds Deliver to Post Office parcels. */
import { z } from "zod";
import type { PostOfficeMatch } from "@/lib/carriers/types";

const DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] as const;

export const PostOffice = z
  .object({
    id: z.string().meta({ description: "The carrier's id: the `postOfficeId` of a Deliver to Post Office shipment." }),
    name: z.string(),
    address: z.object({ line1: z.string(), city: z.string(), province: z.string(), postalCode: z.string() }),
    location: z.object({ latitude: z.number(), longitude: z.number() }),
    distanceKm: z.number(),
    deliverToPostOffice: z.boolean().meta({ description: "Holds Deliver to Post Office parcels for the recipient to pick up." }),
    hours: z
      .array(z.object({ day: z.enum(DAYS), open: z.string().nullable().meta({ example: "09:00" }), close: z.string().nullable().meta({ example: "17:30" }) }))
      .meta({ description: "Local times, 24 h; open and close are null on a day it is closed." }),
    sample: z.boolean().meta({ description: "A sample office of the reference carrier, not a real one." }),
  })
  .meta({ id: "PostOffice" });

export function presentPostOffice(o: PostOfficeMatch): z.input<typeof PostOffice> {
  return {
    id: o.id,
    name: o.name,
    address: { line1: o.line1, city: o.city, province: o.province, postalCode: o.postalCode },
    location: { latitude: o.lat, longitude: o.lon },
    distanceKm: Math.round(o.distanceKm * 10) / 10,
    deliverToPostOffice: o.acceptsD2PO,
    hours: [...o.hours].sort((a, b) => a.day - b.day).map((h) => ({ day: DAYS[h.day]!, open: h.open, close: h.close })),
    sample: o.sample,
  };
}
