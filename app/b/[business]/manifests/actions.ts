"use server";

/** End of the day (shippers): transmit a location's contract labels (or every location's) and store the manifests. */
import { z } from "zod";
import { optionalId } from "@/lib/forms/fields";
import { closeTheDay } from "@/lib/manifests/close-day";
import { businessAction } from "@/lib/tenancy/action";

export const closeDayAction = businessAction({
  permission: "shipments.create",
  schema: z.object({ locationId: optionalId }),
  run: async (actor, { locationId }, locale) => {
    const made = await closeTheDay(actor, locationId || null, { locale });
    if (made.length === 0) return { message: "dayAlreadyClosed" };
    const count = made.reduce((sum, m) => sum + m.shipmentCount, 0);
    // Straight to the manifest to print (the list when the close made several).
    const base = `/b/${actor.slug}/manifests`;
    return { redirectTo: made.length === 1 ? `${base}/${made[0]!.id}?closed=${count}` : `${base}?closed=${count}&manifests=${made.length}` };
  },
});
