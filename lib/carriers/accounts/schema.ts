/**
 * The Carrier accounts form: a Canada Post API key (user name and password), the customer number,
 * an optional contract number and mailed-on-behalf-of customer, sandbox or production. The
 * password may be left empty when the account is edited (the saved one is kept).
 */
import { z } from "zod";
import { choice, text } from "@/lib/forms/fields";

const digits = (message: string) =>
  text(10)
    .transform((v) => v.replace(/[\s-]/g, ""))
    .refine((v) => v === "" || /^\d{1,10}$/.test(v), message);

export const CARRIER_ACCOUNT_LIMITS = { username: 64, password: 128 } as const;

export const carrierAccountSchema = z.object({
  mode: choice(["SANDBOX", "PRODUCTION"] as const),
  username: z.string().trim().min(1, "required").max(CARRIER_ACCOUNT_LIMITS.username, "maxChars"),
  password: z.string().max(CARRIER_ACCOUNT_LIMITS.password, "maxChars").optional().default(""),
  customerNumber: digits("customerNumberFormat").refine((v) => v !== "", "required"),
  contractNumber: digits("contractNumberFormat").transform((v) => v || null),
  moboCustomerNumber: digits("customerNumberFormat").transform((v) => v || null),
});

export type CarrierAccountInput = z.output<typeof carrierAccountSchema>;
