"use server";

import { importOrders } from "@/lib/batches/import/import-orders";
import { orderImportSchema } from "@/lib/batches/import/schemas";
import { businessAction } from "@/lib/tenancy/action";

/**
 * Makes draft batches from the rows of a file of orders the browser read and the person mapped;
 * the server plans every row again. One batch: open it; several: the list, with how many were made.
 */
export const importOrdersAction = businessAction({
  permission: "shipments.create",
  schema: orderImportSchema,
  run: async (actor, input) => {
    const { batches } = await importOrders(actor, input);
    if (batches.length === 1) return { redirectTo: `/b/${actor.slug}/batches/${batches[0]!.id}` };
    return { redirectTo: `/b/${actor.slug}/batches?imported=${batches.length}` };
  },
});
