"use server";

/** A return label on demand from an issued shipment (shippers): items, reason, note, the customer's email and language. */
import { z } from "zod";
import { idField, text } from "@/lib/forms/fields";
import { issueReturn, NOTE_MAX } from "@/lib/returns/issue";
import { businessAction } from "@/lib/tenancy/action";

const itemsField = z
  .string()
  .max(20_000, "unreadable")
  .optional()
  .default("[]")
  .transform((raw, ctx) => {
    try {
      const list = JSON.parse(raw || "[]") as unknown;
      if (!Array.isArray(list)) throw new Error("not a list");
      return list.map((i) => {
        const o = (i ?? {}) as { description?: unknown; sku?: unknown; quantity?: unknown };
        return { description: String(o.description ?? ""), sku: typeof o.sku === "string" && o.sku ? o.sku : null, quantity: Number(o.quantity ?? 0) };
      });
    } catch {
      ctx.addIssue({ code: "custom", message: "unreadable" });
      return z.NEVER;
    }
  });

export const createReturnAction = businessAction({
  permission: "shipments.create",
  schema: z.object({
    shipmentId: idField,
    items: itemsField,
    reason: text(40).refine((v) => v !== "", "required"),
    note: text(NOTE_MAX),
    email: text(200)
      .transform((v) => v.toLowerCase())
      .refine((v) => v === "" || z.email().safeParse(v).success, "invalidEmail"),
    customerLocale: z.enum(["en", "fr"], { message: "choose" }),
  }),
  run: async (actor, input) => {
    const made = await issueReturn(actor, {
      shipmentId: input.shipmentId,
      items: input.items.filter((i) => i.quantity > 0),
      reason: input.reason,
      note: input.note || null,
      // Blank: no email (the label is on the shipment page).
      customerEmail: input.email || null,
      locale: input.customerLocale,
      source: "business",
    });
    return { message: "returnIssued", messageValues: { number: made.number } };
  },
});
