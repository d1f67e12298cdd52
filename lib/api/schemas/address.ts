/**
 * An address as the web services take and give it: the same fields as the web forms, checked by
 * lib/addresses (so every problem has the forms' sentence). Input fields are loose here (any text
 * up to a generous length); Canada Post's limits are checked with the rest of the address.
 */
import { z } from "zod";

const loose = (example?: string) => z.string().max(200, "maxChars").optional().meta(example ? { example } : {});

export const AddressInput = z
  .object({
    name: loose("Marie Tremblay"),
    company: loose(),
    line1: loose("1200 rue Sainte-Catherine O"),
    line2: loose(),
    city: loose("Montréal"),
    province: loose("QC").meta({ description: "Province or state code (or name); a region elsewhere." }),
    postalCode: loose("H3B 1K9"),
    country: z.string().max(2, "maxChars").default("CA").meta({ description: "ISO 3166 code; CA unless said.", example: "CA" }),
    phone: loose(),
    email: loose(),
  })
  .meta({ id: "AddressInput", description: "An address as typed. Name or company, line 1, city and country are required; province and postal code where the country has them." });

export type AddressInputValue = z.output<typeof AddressInput>;

export const Address = z
  .object({
    name: z.string().nullable(),
    company: z.string().nullable(),
    line1: z.string(),
    line2: z.string().nullable(),
    city: z.string(),
    province: z.string().nullable(),
    postalCode: z.string().nullable(),
    country: z.string().meta({ example: "CA" }),
    phone: z.string().nullable(),
    email: z.string().nullable(),
  })
  .meta({ id: "Address", description: "A normalised address: codes in capitals, postal codes spaced (\"H3B 1K9\")." });

type Stored = { name?: string | null; company?: string | null; line1: string; line2?: string | null; city: string; province?: string | null; postalCode?: string | null; country: string; phone?: string | null; email?: string | null };

/** A stored or normalised address as the API gives it (blank optional fields are null). */
export function addressObject(a: Stored): z.input<typeof Address> {
  const or = (v: string | null | undefined) => (v ? v : null);
  return { name: or(a.name), company: or(a.company), line1: a.line1, line2: or(a.line2), city: a.city, province: or(a.province), postalCode: or(a.postalCode), country: a.country, phone: or(a.phone), email: or(a.email) };
}
