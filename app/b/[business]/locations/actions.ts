"use server";

import { z } from "zod";
import { idField } from "@/lib/forms/fields";
import { createLocation, deleteLocation, makeDefaultLocation, updateLocation } from "@/lib/locations/locations";
import { locationSchema } from "@/lib/locations/schemas";
import { businessAction } from "@/lib/tenancy/action";

const idSchema = z.object({ id: idField });

export const createLocationAction = businessAction({
  permission: "business.edit",
  schema: locationSchema,
  run: async (actor, input) => {
    await createLocation(actor, input);
    return { message: "locationSaved" };
  },
});

export const updateLocationAction = businessAction({
  permission: "business.edit",
  schema: z.intersection(idSchema, locationSchema),
  run: async (actor, { id, ...input }) => {
    await updateLocation(actor, id, input);
    return { message: "locationSaved" };
  },
});

export const makeDefaultLocationAction = businessAction({
  permission: "business.edit",
  schema: idSchema,
  run: async (actor, input) => {
    await makeDefaultLocation(actor, input.id);
    return { message: "locationDefault" };
  },
});

export const deleteLocationAction = businessAction({
  permission: "business.edit",
  schema: idSchema,
  run: async (actor, input) => {
    await deleteLocation(actor, input.id);
    return { message: "locationDeleted" };
  },
});
