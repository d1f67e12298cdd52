/**
 * What the public returns page's two steps read: the order number and the order's email or
 * postal code (step 1), then the reason, a note and the email for the label (step 2, sent with the
 * order number and contact again: the order is looked up anew, never taken from the form). The
 * items chosen are read by readChosenItems against the order's own list. Pure.
 */
import { z } from "zod";
import type { FieldProblem } from "@/lib/errors";
import { text } from "@/lib/forms/fields";
import type { ReturnItem } from "@/lib/returns/items";

import { CONTACT_MAX, itemField, ORDER_NUMBER_MAX, quantityField, RETURN_NOTE_MAX } from "./form-fields";

/** Step 1: which order. */
export const returnLookupSchema = z.object({
  orderNumber: text(ORDER_NUMBER_MAX).refine((v) => v !== "", "orderNumberMissing"),
  contact: text(CONTACT_MAX).refine((v) => v !== "", "contactMissing"),
});

/** Step 2: the return itself (besides the items). */
export const returnRequestSchema = returnLookupSchema.extend({
  reason: text(60).refine((v) => v !== "", "reasonMissing"),
  customerNote: text(RETURN_NOTE_MAX),
  labelEmail: text(CONTACT_MAX)
    .transform((v) => v.toLowerCase())
    .refine((v) => v === "" || z.email().safeParse(v).success, "labelEmailInvalid"),
});

export type ReturnRequestInput = z.output<typeof returnRequestSchema>;

/**
 * The items checked on the form, each with its quantity (1 to what was sent), as the order's own
 * descriptions and SKUs; an order without an item list returns the whole parcel (no items).
 */
export function readChosenItems(values: Record<string, string>, available: ReturnItem[]): { items: ReturnItem[] } | { problems: Record<string, FieldProblem> } {
  if (!available.length) return { items: [] };
  const items: ReturnItem[] = [];
  const problems: Record<string, FieldProblem> = {};
  available.forEach((item, i) => {
    if (values[itemField(i)] !== "on") return;
    const raw = (values[quantityField(i)] ?? "1").trim();
    const quantity = /^\d{1,6}$/.test(raw) ? Number(raw) : NaN;
    if (!(quantity >= 1 && quantity <= item.quantity)) problems[quantityField(i)] = { code: "quantityRange", values: { item: item.description, max: item.quantity } };
    else items.push({ description: item.description, sku: item.sku, quantity });
  });
  if (Object.keys(problems).length) return { problems };
  if (!items.length) return { problems: { items: { code: "itemsNone" } } };
  return { items };
}
