"use server";

import { z } from "zod";
import { idField, localized } from "@/lib/forms/fields";
import { pickupFormSchema } from "@/lib/pickups/form-schema";
import { bookPickup, cancelPickup, changePickup } from "@/lib/pickups/pickups";
import { businessAction } from "@/lib/tenancy/action";

const changeSchema = localized((locale) => z.intersection(z.object({ pickupId: idField }), pickupFormSchema(locale)));

export const bookPickupAction = businessAction({
  permission: "shipments.create",
  schema: pickupFormSchema,
  run: async (actor, input, locale) => {
    const booked = await bookPickup(actor, input, locale);
    return { redirectTo: `/b/${actor.slug}/pickups/${booked.id}?booked=1` };
  },
});

export const changePickupAction = businessAction({
  permission: "shipments.create",
  schema: changeSchema,
  run: async (actor, { pickupId, ...input }, locale) => {
    await changePickup(actor, pickupId, input, locale);
    return { message: "pickupChanged" };
  },
});

export const cancelPickupAction = businessAction({
  permission: "shipments.create",
  schema: z.object({ pickupId: idField }),
  run: async (actor, input, locale) => {
    await cancelPickup(actor, input.pickupId, locale);
    return { redirectTo: `/b/${actor.slug}/pickups/${input.pickupId}?cancelled=1` };
  },
});
