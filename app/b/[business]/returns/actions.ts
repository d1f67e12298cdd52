"use server";

/** Deciding returns from the Returns list (shippers, as for creating one): approve or refuse a request, cancel an unused label. */
import { z } from "zod";
import { idField, text } from "@/lib/forms/fields";
import { cancelReturn } from "@/lib/returns/cancel";
import { approveReturn, REFUSAL_MAX, refuseReturn } from "@/lib/returns/decide";
import { businessAction } from "@/lib/tenancy/action";

export const approveReturnAction = businessAction({
  permission: "shipments.create",
  schema: z.object({ returnId: idField }),
  run: async (actor, input) => {
    const made = await approveReturn(actor, input.returnId);
    return { message: "returnApproved", messageValues: { number: made.number } };
  },
});

export const refuseReturnAction = businessAction({
  permission: "shipments.create",
  schema: z.object({ returnId: idField, refusedReason: text(REFUSAL_MAX) }),
  run: async (actor, input) => {
    const done = await refuseReturn(actor, input.returnId, input.refusedReason || null);
    return { message: "returnRefused", messageValues: { number: done.number } };
  },
});

export const cancelReturnAction = businessAction({
  permission: "shipments.create",
  schema: z.object({ returnId: idField }),
  run: async (actor, input) => {
    const done = await cancelReturn(actor, input.returnId);
    return { message: "returnCancelled", messageValues: { number: done.number } };
  },
});
