import { z } from "zod";

const text = (max: number) => z.string().trim().max(max, "tooLong");

/** The form of a ship-from location; the address itself is checked by lib/addresses. */
export const locationSchema = z.object({
  label: z.string().trim().min(1, "required").max(40, "tooLong"),
  contactName: text(44),
  company: text(44),
  phone: text(25),
  email: text(60),
  line1: text(44),
  line2: text(44),
  city: text(40),
  province: text(20),
  postalCode: text(14),
  makeDefault: z
    .string()
    .optional()
    .transform((v) => v === "on"),
});

export type LocationInput = z.output<typeof locationSchema>;
