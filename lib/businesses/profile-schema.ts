import { z } from "zod";
import { choice, text } from "@/lib/forms/fields";
import { PROFILE_LIMITS } from "@/lib/forms/limits";
import { businessNameSchema } from "./name";
import { compact, FORMATS, TAX_ID_TYPES } from "./tax-ids";

const optionalText = (max: number) => text(max).transform((v) => v || null);


/** An optional number in a given format; shown in its compact form ("123456789RT0001"). */
const optionalNumber = (format: RegExp, message: string) =>
  text(PROFILE_LIMITS.taxNumber)
    .transform(compact)
    .refine((v) => v === "" || format.test(v), message)
    .transform((v) => v || null);

export const MAX_TAX_IDS = 6;

const taxIdSchema = z
  .object({ type: choice(TAX_ID_TYPES), country: z.string().trim().toUpperCase().max(PROFILE_LIMITS.taxIdCountry, "maxChars"), number: z.string().max(PROFILE_LIMITS.taxNumber, "maxChars").transform(compact) })
  .superRefine((row, ctx) => {
    if (!FORMATS[row.type].test(row.number)) ctx.addIssue({ code: "custom", path: ["number"], message: `taxIdFormat${row.type}` });
    if (row.type === "OTHER" && !/^[A-Z]{2}$/.test(row.country)) ctx.addIssue({ code: "custom", path: ["country"], message: "taxIdCountry" });
  });

export type InternationalTaxId = z.output<typeof taxIdSchema>;

/**
 * The business profile form. Tax identifier rows arrive as taxIdType_N / taxIdCountry_N /
 * taxIdNumber_N; empty rows are ignored.
 */
export const profileSchema = z.preprocess(
  (raw) => {
    const values = (raw ?? {}) as Record<string, string>;
    // Rows keep their position in the form, so an error points at the right row; blank rows drop out below.
    const rows = Array.from({ length: MAX_TAX_IDS }, (_, i) => {
      const number = values[`taxIdNumber_${i}`]?.trim();
      return number ? { type: values[`taxIdType_${i}`] ?? "OTHER", country: values[`taxIdCountry_${i}`] ?? "", number } : null;
    });
    return { ...values, internationalTaxIds: rows };
  },
  z.object({
    name: businessNameSchema,
    legalName: optionalText(PROFILE_LIMITS.legalName),
    phone: optionalText(PROFILE_LIMITS.phone),
    email: text(PROFILE_LIMITS.email)
      .transform((v) => v.toLowerCase())
      .refine((v) => v === "" || z.email().safeParse(v).success, "invalidEmail")
      .transform((v) => v || null),
    businessNumber: optionalNumber(FORMATS.businessNumber, "businessNumberFormat"),
    gstHstNumber: optionalNumber(FORMATS.gstHstNumber, "gstHstFormat"),
    qstNumber: optionalNumber(FORMATS.qstNumber, "qstFormat"),
    accountNumber: optionalNumber(FORMATS.accountNumber, "accountNumberFormat"),
    contractNumber: optionalNumber(FORMATS.contractNumber, "contractNumberFormat"),
    internationalTaxIds: z
      .array(taxIdSchema.nullable())
      .max(MAX_TAX_IDS)
      .transform((rows) => rows.filter((r): r is InternationalTaxId => r !== null)),
  }),
);

export type ProfileInput = z.output<typeof profileSchema>;
