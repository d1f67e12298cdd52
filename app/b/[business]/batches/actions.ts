"use server";

import { z } from "zod";
import { choice, idField, text } from "@/lib/forms/fields";
import { editRows, removeRows } from "@/lib/batches/bulk-edit";
import { MAX_PASTE_CHARS, pastedRows, SHEET_COLUMNS } from "@/lib/batches/paste";
import { addBlankRow, addRowsFromContacts, applyTemplateToAll, createBatch, deleteDraftBatch, duplicateRow, removeRow, saveRowFields } from "@/lib/batches/edit-rows";
import { payBatch } from "@/lib/purchases/pay";
import { abandonCheckout } from "@/lib/purchases/card";
import { chooseForAll, chooseService, rateBatch } from "@/lib/rates/batch-rates";
import { voidShipment } from "@/lib/shipments/void-shipment";
import { DRAFT_FIELD_NAMES } from "@/lib/shipments/draft-schema";
import { FieldsError, type FieldProblem } from "@/lib/errors";
import { businessAction } from "@/lib/tenancy/action";

const id = idField;
const batch = z.object({ batchId: id });
const row = z.object({ batchId: id, shipmentId: id });
/** The sheet's rows an action applies to, in the sheet's order (ids separated by commas). */
const rowIds = z
  .string()
  .max(50 * 65, "unreadable")
  .transform((v) => v.split(",").map((s) => s.trim()).filter(Boolean))
  .refine((l) => l.every((x) => x.length <= 64), "unreadable");

export const createBatchAction = businessAction({
  permission: "shipments.create",
  schema: z.object({}),
  run: async (actor) => {
    const created = await createBatch(actor);
    return { redirectTo: `/b/${actor.slug}/batches/${created.id}` };
  },
});

export const addRowAction = businessAction({
  permission: "shipments.create",
  schema: batch,
  run: async (actor, input) => {
    await addBlankRow(actor, input.batchId);
    return { message: "rowAdded" };
  },
});

export const addContactsAction = businessAction({
  permission: "shipments.create",
  schema: batch.extend({ contactIds: z.string().max(5000, "unreadable").transform((v) => v.split(",").map((s) => s.trim()).filter(Boolean)).refine((l) => l.length > 0, "required") }),
  run: async (actor, input) => {
    await addRowsFromContacts(actor, input.batchId, input.contactIds);
    return { redirectTo: `/b/${actor.slug}/batches/${input.batchId}` };
  },
});

export const duplicateRowAction = businessAction({
  permission: "shipments.create",
  schema: row,
  run: async (actor, input) => {
    await duplicateRow(actor, input.batchId, input.shipmentId);
    return { message: "rowDuplicated" };
  },
});

export const removeRowAction = businessAction({
  permission: "shipments.create",
  schema: row,
  run: async (actor, input) => {
    await removeRow(actor, input.batchId, input.shipmentId);
    return { message: "rowRemoved" };
  },
});

/**
 * Saves the fields of a row the user changed (`changed` names them), as they are typed; a field
 * that cannot be taken keeps its stored value and comes back with its message, the others are saved.
 */
export const saveRowAction = businessAction({
  permission: "shipments.create",
  // The fields stay as typed here: the service reads each one over the stored row and reports each
  // on its own (lib/shipments/draft-schema.ts), so one too long never stops the others being saved
  // (the request itself is bounded by next.config.mjs).
  schema: row.extend({ changed: text(2000), units: choice(["METRIC", "IMPERIAL"]).optional().default("METRIC") }).catchall(z.string()),
  run: async (actor, input, locale) => {
    const { batchId, shipmentId, changed, units, ...typed } = input;
    const names = new Set(changed.split(",").filter((n) => DRAFT_FIELD_NAMES.has(n) && n in typed));
    const patch = Object.fromEntries(Object.entries(typed).filter(([k]) => names.has(k))) as Record<string, string>;
    const errors = await saveRowFields(actor, batchId, shipmentId, patch, units, locale);
    if (Object.keys(errors).length > 0) return { refused: new FieldsError("validation", errors) };
    return { message: "rowSaved" };
  },
});

export const rateBatchAction = businessAction({
  permission: "shipments.create",
  schema: batch,
  run: async (actor, input) => {
    const { rated, unrated } = await rateBatch(actor, input.batchId);
    return { message: unrated ? "batchRatedPartly" : "batchRated", messageValues: { rated, unrated } };
  },
});

export const chooseServiceAction = businessAction({
  permission: "shipments.create",
  schema: row.extend({ serviceCode: z.string().trim().min(1, "required").max(20, "maxChars") }),
  run: async (actor, input) => {
    await chooseService(actor, input.batchId, input.shipmentId, input.serviceCode);
  },
});

export const chooseForAllAction = businessAction({
  permission: "shipments.create",
  schema: batch.extend({ choice: choice(["cheapest", "fastest"]) }),
  run: async (actor, input) => {
    await chooseForAll(actor, input.batchId, input.choice);
    return { message: input.choice === "cheapest" ? "cheapestChosen" : "fastestChosen" };
  },
});

export const payBatchAction = businessAction({
  permission: "shipments.create",
  schema: batch.extend({ method: choice(["ACCOUNT", "CARD", "CARRIER"]) }),
  run: async (actor, input) => {
    const result = await payBatch(actor, input.batchId, input.method);
    // Card: on to Stripe's payment page. Account: the page then shows the labels, with the confirmation.
    return { redirectTo: result.redirectTo ?? `/b/${actor.slug}/batches/${input.batchId}?paid=1` };
  },
});

export const voidShipmentAction = businessAction({
  permission: "shipments.create",
  schema: z.object({ shipmentId: id }),
  run: async (actor, input) => {
    const result = await voidShipment(actor, input.shipmentId);
    // A refund request is settled by the carrier later; a label bought on the business's own carrier account is refunded by the carrier.
    if (result.refundRequested) return { message: "shipmentRefundRequested" };
    return { message: result.creditedCents > 0 || result.refund ? "shipmentVoided" : "shipmentVoidedByCarrier" };
  },
});

export const deleteBatchAction = businessAction({
  permission: "shipments.create",
  schema: batch,
  run: async (actor, input) => {
    await deleteDraftBatch(actor, input.batchId);
    return { redirectTo: `/b/${actor.slug}/batches` };
  },
});

export const applyTemplateAction = businessAction({
  permission: "shipments.create",
  // Without rows: every row of the batch; with rows (the sheet's selection): only those.
  schema: batch.extend({ templateId: id, shipmentIds: rowIds.optional() }),
  run: async (actor, input) => {
    const only = input.shipmentIds && input.shipmentIds.length > 0 ? input.shipmentIds : undefined;
    const count = await applyTemplateToAll(actor, input.batchId, input.templateId, only);
    return { message: "templateApplied", messageValues: { count } };
  },
});

/** Gives up a card payment under way: the checkout is closed at Stripe and the batch is payable again. */
export const cancelCardPaymentAction = businessAction({
  permission: "shipments.create",
  schema: batch.extend({ paymentId: id }),
  run: async (actor, input) => {
    await abandonCheckout(actor, input.paymentId);
    return { redirectTo: `/b/${actor.slug}/batches/${input.batchId}?card=cancelled` };
  },
});

/**
 * A block of cells pasted into the sheet (tab-separated, from Excel or Google Sheets) at a column:
 * its rows go to the given rows in the sheet's order, then to new rows. Each field is read on its
 * own; one that cannot be taken is named in the message and the rest is saved.
 */
export const pasteRowsAction = businessAction({
  permission: "shipments.create",
  schema: batch.extend({ shipmentIds: rowIds, column: choice(SHEET_COLUMNS), text: z.string().max(MAX_PASTE_CHARS, "maxChars").min(1, "required"), units: choice(["METRIC", "IMPERIAL"]).optional().default("METRIC") }),
  run: async (actor, input, locale) => {
    const rows = pastedRows(input.text, input.column);
    const result = await editRows(actor, input.batchId, input.shipmentIds.slice(0, rows.length), rows, input.units, locale);
    const refused = bulkRefusal(result.problems);
    if (refused) return { refused };
    return { message: "rowsPasted", messageValues: { count: rows.length, created: result.created } };
  },
});

/** One field given one value on several rows: fill down, and a service (or a signature) set on the selected rows. */
export const fillRowsAction = businessAction({
  permission: "shipments.create",
  schema: batch.extend({ shipmentIds: rowIds.refine((l) => l.length > 0, "required"), field: choice(SHEET_COLUMNS), value: z.string().max(200, "maxChars"), units: choice(["METRIC", "IMPERIAL"]).optional().default("METRIC") }),
  run: async (actor, input, locale) => {
    const result = await editRows(actor, input.batchId, input.shipmentIds, input.shipmentIds.map(() => ({ [input.field]: input.value })), input.units, locale);
    const refused = bulkRefusal(result.problems);
    if (refused) return { refused };
    return { message: "rowsFilled", messageValues: { count: result.updated } };
  },
});

export const removeRowsAction = businessAction({
  permission: "shipments.create",
  schema: batch.extend({ shipmentIds: rowIds.refine((l) => l.length > 0, "required") }),
  run: async (actor, input) => {
    const count = await removeRows(actor, input.batchId, input.shipmentIds);
    return { message: "rowsRemoved", messageValues: { count } };
  },
});

/** The problems of several rows as one refusal: "2.name" is the name of the third row given. */
function bulkRefusal(problems: Record<number, Record<string, FieldProblem>>): FieldsError | null {
  const flat = Object.entries(problems).flatMap(([i, errors]) => Object.entries(errors).map(([field, p]) => [`${i}.${field}`, p] as const));
  return flat.length > 0 ? new FieldsError("validation", Object.fromEntries(flat)) : null;
}
