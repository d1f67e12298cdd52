"use server";

import { z } from "zod";
import { bookPickup, cancelPickup, changePickup, type PickupInput } from "@/lib/pickups/pickups";
import { businessAction } from "@/lib/tenancy/action";

const id = z.string().min(1).max(64);
const text = (max: number) => z.string().trim().max(max).optional().default("");
const LB = 453.59237;

/** The pickup form as the browser sends it; the carrier's rules (dates, times, sizes) are checked by the service, each with its own message. */
const pickupForm = z.object({
  locationId: text(64),
  company: text(44),
  line1: text(44),
  line2: text(44),
  city: text(40),
  province: text(2),
  postalCode: text(10),
  date: text(10),
  readyTime: text(5),
  closingTime: text(5),
  location: z.enum(["FRONT_DESK", "RECEPTION", "LOADING_DOCK", "MAILROOM", "SIDE_DOOR", "OTHER"]),
  instructions: text(400),
  contactName: text(60),
  contactPhone: text(30),
  contactEmail: text(120),
  parcels: text(6),
  totalWeight: text(10),
  weightUnit: z.enum(["kg", "lb"]).optional().default("kg"),
  heavy: z.string().optional().transform((v) => v === "on" || v === "true"),
  batchId: text(64),
});

function toInput(v: z.output<typeof pickupForm>): PickupInput {
  const other = !v.locationId || v.locationId === "other";
  const weight = Number(v.totalWeight.replace(",", "."));
  return {
    locationId: other ? null : v.locationId,
    address: other ? { company: v.company || null, line1: v.line1, line2: v.line2 || null, city: v.city, province: v.province.toUpperCase(), postalCode: v.postalCode.toUpperCase() } : null,
    date: v.date,
    readyTime: v.readyTime,
    closingTime: v.closingTime,
    location: v.location,
    instructions: v.instructions || null,
    contact: { name: v.contactName, phone: v.contactPhone, email: v.contactEmail.toLowerCase() },
    parcels: /^\d+$/.test(v.parcels) ? Number(v.parcels) : NaN,
    totalWeightGrams: Number.isFinite(weight) ? Math.round(weight * (v.weightUnit === "lb" ? LB : 1000)) : NaN,
    heavy: v.heavy,
    batchId: v.batchId || null,
  };
}

export const bookPickupAction = businessAction({
  permission: "shipments.create",
  schema: pickupForm,
  run: async (actor, input, locale) => {
    const booked = await bookPickup(actor, toInput(input), locale);
    return { redirectTo: `/b/${actor.slug}/pickups/${booked.id}?booked=1` };
  },
});

export const changePickupAction = businessAction({
  permission: "shipments.create",
  schema: pickupForm.extend({ pickupId: id }),
  run: async (actor, input, locale) => {
    await changePickup(actor, input.pickupId, toInput(input), locale);
    return { message: "pickupChanged" };
  },
});

export const cancelPickupAction = businessAction({
  permission: "shipments.create",
  schema: z.object({ pickupId: id }),
  run: async (actor, input, locale) => {
    await cancelPickup(actor, input.pickupId, locale);
    return { redirectTo: `/b/${actor.slug}/pickups/${input.pickupId}?cancelled=1` };
  },
});
