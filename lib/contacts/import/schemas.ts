import { z } from "zod";
import { IMPORT_FIELDS, IMPORT_LIMITS } from "./fields";

export const IMPORT_MODES = ["valid", "all"] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

/**
 * Bytes of one import's form fields. next.config.mjs lets a server action receive 6 MB
 * (6,291,456 bytes); the rest is room for the multipart envelope. A 5 MB file's mapped rows fit.
 */
export const IMPORT_PAYLOAD_BYTES = 6_000_000;

/** A form field holding JSON, parsed, then checked by `schema` (also used by the batch import of orders). */
export function jsonField<S extends z.ZodType>(schema: S, maxChars: number) {
  return z
    .string()
    .max(maxChars, "tooLong")
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: "custom", message: "invalid" });
        return z.NEVER;
      }
    })
    .pipe(schema);
}

const columnSchema = z.object({ header: z.string().max(IMPORT_LIMITS.header), field: z.enum(IMPORT_FIELDS).nullable() });

/**
 * One import as the browser sends it, after the person chose the mapping: every column of the
 * file with its field (null: not imported), and the rows' cells of the mapped columns only, in
 * the order those columns appear, with where each row is in the file. The server checks every
 * row again; nothing here is trusted beyond its shape.
 */
export const importRequestSchema = z
  .object({
    fileName: z.string().trim().max(200).optional().default(""),
    mode: z.enum(IMPORT_MODES),
    columns: jsonField(z.array(columnSchema).min(1, "required").max(IMPORT_LIMITS.columns, "tooLong"), 100_000),
    rows: jsonField(z.array(z.array(z.string().max(IMPORT_LIMITS.cell, "tooLong")).max(IMPORT_LIMITS.columns)).min(1, "required").max(IMPORT_LIMITS.rows, "tooLong"), IMPORT_PAYLOAD_BYTES),
    rowNumbers: jsonField(z.array(z.number().int().min(1).max(10_000_000)).max(IMPORT_LIMITS.rows, "tooLong"), 200_000),
  })
  .superRefine((input, ctx) => {
    const mapped = input.columns.filter((c) => c.field).length;
    if (mapped === 0) ctx.addIssue({ code: "custom", path: ["columns"], message: "required" });
    if (input.rows.some((r) => r.length !== mapped)) ctx.addIssue({ code: "custom", path: ["rows"], message: "invalid" });
    if (input.rowNumbers.length !== input.rows.length) ctx.addIssue({ code: "custom", path: ["rowNumbers"], message: "invalid" });
  });

export type ImportRequest = z.output<typeof importRequestSchema>;

/** The mapping stored in BusinessSettings.contactImportMapping; anything else stored there reads as none. */
export const rememberedMappingSchema = z.record(z.string().max(IMPORT_LIMITS.header), z.union([z.enum(IMPORT_FIELDS), z.literal("")]));
