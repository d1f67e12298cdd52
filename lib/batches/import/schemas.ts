import { z } from "zod";
import { choice, jsonField, text } from "@/lib/forms/fields";
import { IMPORT_LIMITS } from "@/lib/contacts/import/fields";
import { IMPORT_PAYLOAD_BYTES, importRowsSchema, rowNumbersSchema } from "@/lib/contacts/import/schemas";
import { ORDER_FIELDS, ORDER_LIMITS } from "./fields";

export const ORDER_UNITS = ["METRIC", "IMPERIAL"] as const;

const columnSchema = z.object({ header: z.string().max(IMPORT_LIMITS.header, "maxChars"), field: choice(ORDER_FIELDS).nullable() });

/**
 * One import of orders as the browser sends it (the same shape as the address book's import,
 * lib/contacts/import/schemas.ts): every column of the file with its field (null: not imported),
 * the mapped columns' cells of every row in file order, where each row is in the file, and the
 * units its sizes and weights are in. The server plans every row again; nothing here is trusted
 * beyond its shape.
 */
export const orderImportSchema = z
  .object({
    fileName: text(200),
    units: choice(ORDER_UNITS),
    columns: jsonField(z.array(columnSchema).min(1, "required").max(IMPORT_LIMITS.columns, "atMostNumber"), 100_000),
    rows: jsonField(importRowsSchema(ORDER_LIMITS.orders), IMPORT_PAYLOAD_BYTES),
    rowNumbers: jsonField(rowNumbersSchema(ORDER_LIMITS.orders), 20_000),
  })
  .superRefine((input, ctx) => {
    const mapped = input.columns.filter((c) => c.field).length;
    if (mapped === 0) ctx.addIssue({ code: "custom", path: ["columns"], message: "required" });
    if (input.rows.some((r) => r.length !== mapped)) ctx.addIssue({ code: "custom", path: ["rows"], message: "unreadable" });
    if (input.rowNumbers.length !== input.rows.length) ctx.addIssue({ code: "custom", path: ["rowNumbers"], message: "unreadable" });
  });

export type OrderImportRequest = z.output<typeof orderImportSchema>;
