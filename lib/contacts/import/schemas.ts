import { z } from "zod";
import { choice, jsonField, text } from "@/lib/forms/fields";
import { IMPORT_FIELDS, IMPORT_LIMITS } from "./fields";

export const IMPORT_MODES = ["valid", "all"] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

/**
 * Bytes of one import's form fields. next.config.mjs lets a server action receive 6 MB
 * (6,291,456 bytes); the rest is room for the multipart envelope. A 5 MB file's mapped rows fit.
 */
export const IMPORT_PAYLOAD_BYTES = 6_000_000;

/** One column of the file: its header, and the field it fills (null: not imported). */
const columnSchema = z.object({ header: z.string().max(IMPORT_LIMITS.header, "maxChars"), field: choice(IMPORT_FIELDS).nullable() });

/** The cells of the mapped columns, row by row. */
export const importRowsSchema = (maxRows: number) =>
  z.array(z.array(z.string().max(IMPORT_LIMITS.cell, "maxChars")).max(IMPORT_LIMITS.columns, "atMostNumber")).min(1, "required").max(maxRows, "atMostNumber");

/** Where each row is in the file. */
export const rowNumbersSchema = (maxRows: number) => z.array(z.number().int().min(1).max(10_000_000)).max(maxRows, "atMostNumber");

/**
 * One import as the browser sends it, after the person chose the mapping: every column of the
 * file with its field (null: not imported), and the rows' cells of the mapped columns only, in
 * the order those columns appear, with where each row is in the file. The server checks every
 * row again; nothing here is trusted beyond its shape.
 */
export const importRequestSchema = z
  .object({
    fileName: text(200),
    mode: choice(IMPORT_MODES),
    columns: jsonField(z.array(columnSchema).min(1, "required").max(IMPORT_LIMITS.columns, "atMostNumber"), 100_000),
    rows: jsonField(importRowsSchema(IMPORT_LIMITS.rows), IMPORT_PAYLOAD_BYTES),
    rowNumbers: jsonField(rowNumbersSchema(IMPORT_LIMITS.rows), 200_000),
  })
  .superRefine((input, ctx) => {
    const mapped = input.columns.filter((c) => c.field).length;
    if (mapped === 0) ctx.addIssue({ code: "custom", path: ["columns"], message: "required" });
    if (input.rows.some((r) => r.length !== mapped)) ctx.addIssue({ code: "custom", path: ["rows"], message: "unreadable" });
    if (input.rowNumbers.length !== input.rows.length) ctx.addIssue({ code: "custom", path: ["rowNumbers"], message: "unreadable" });
  });

export type ImportRequest = z.output<typeof importRequestSchema>;

/** The mapping stored in BusinessSettings.contactImportMapping; anything else stored there reads as none. */
export const rememberedMappingSchema = z.record(z.string().max(IMPORT_LIMITS.header), z.union([z.enum(IMPORT_FIELDS), z.literal("")]));
