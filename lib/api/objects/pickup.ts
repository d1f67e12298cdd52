/** The Pickup object of the API: a one-off pickup, where and when, for how many parcels, its fee and whether it can still change. */
import { z } from "zod";
import { canChangePickup } from "@/lib/carriers/pickup-rules";
import type { Pickup as PickupRow } from "@/lib/db/generated/client";
import { postalCodeTimeZone } from "@/lib/rating/places";
import { Id, IsoDate, Money, money } from "../schemas/common";

export const PICKUP_LOCATIONS = ["front_desk", "reception", "loading_dock", "mailroom", "side_door", "other"] as const;
export const Time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "time").meta({ description: "Local time, 24 h, HH:MM.", example: "13:00" });

export const Pickup = z
  .object({
    id: Id,
    confirmationNumber: z.string(),
    status: z.enum(["scheduled", "cancelled"]),
    changeable: z.boolean().meta({ description: "It can still be changed or cancelled (until the day before its date)." }),
    date: IsoDate,
    readyTime: Time,
    closingTime: Time,
    location: z.enum(PICKUP_LOCATIONS).meta({ description: "Where the driver finds the parcels." }),
    instructions: z.string().nullable(),
    locationId: Id.nullable().meta({ description: "The ship-from location it is for; null for another address." }),
    address: z.object({ company: z.string().nullable(), line1: z.string(), line2: z.string().nullable(), city: z.string(), province: z.string(), postalCode: z.string() }),
    contact: z.object({ name: z.string(), phone: z.string(), email: z.string() }),
    parcels: z.number().int(),
    totalWeightGrams: z.number().int(),
    heavy: z.boolean(),
    fee: Money.meta({ description: "Before tax." }),
    tax: Money,
    total: Money,
    billedBy: z.enum(["envoi", "carrier"]).meta({ description: "envoi: on the business account (nothing with a test key); carrier: the business's own Canada Post account." }),
    batchId: Id.nullable(),
    createdAt: z.string(),
    cancelledAt: z.string().nullable(),
  })
  .meta({ id: "Pickup" });

export function presentPickup(p: PickupRow, now = new Date()): z.input<typeof Pickup> {
  return {
    id: p.id,
    confirmationNumber: p.confirmationNumber,
    status: p.status === "CANCELLED" ? "cancelled" : "scheduled",
    changeable: p.status === "SCHEDULED" && canChangePickup(p.date, now, postalCodeTimeZone(p.postalCode) ?? "America/Toronto"),
    date: p.date,
    readyTime: p.readyTime,
    closingTime: p.closingTime,
    location: (p.location.toLowerCase() as (typeof PICKUP_LOCATIONS)[number]) ?? "other",
    instructions: p.instructions,
    locationId: p.locationId,
    address: { company: p.company, line1: p.line1, line2: p.line2, city: p.city, province: p.province, postalCode: p.postalCode },
    contact: { name: p.contactName, phone: p.contactPhone, email: p.contactEmail },
    parcels: p.parcels,
    totalWeightGrams: p.totalWeightGrams,
    heavy: p.heavy,
    fee: money(p.feeCents),
    tax: money(p.taxCents),
    total: money(p.totalCents),
    billedBy: p.carrierAccountId ? "carrier" : "envoi",
    batchId: p.batchId,
    createdAt: p.createdAt.toISOString(),
    cancelledAt: p.cancelledAt?.toISOString() ?? null,
  };
}
