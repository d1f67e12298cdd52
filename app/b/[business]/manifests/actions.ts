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
    return { message: "dayClosed", messageValues: { count: made.reduce((sum, m) => sum + m.shipmentCount, 0), manifests: made.length } };
  },
});
