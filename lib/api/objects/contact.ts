/** The Contact object of the web services: an address book entry. */
import { z } from "zod";
import { Address, addressObject } from "../schemas/address";

export const Contact = Address.extend({
  id: z.string(),
  notes: z.string().nullable(),
  tags: z.array(z.string()),
  taxId: z.string().nullable().meta({ description: "The recipient's tax identifier for international shipments." }),
  createdAt: z.string().meta({ description: "ISO 8601 date and time." }),
  updatedAt: z.string(),
}).meta({ id: "Contact", description: "An entry of the business's address book." });

interface ContactRow {
  id: string;
  name: string;
  company: string | null;
  line1: string;
  line2: string | null;
  city: string;
  province: string | null;
  postalCode: string | null;
  country: string;
  phone: string | null;
  email: string | null;
  notes: string | null;
  tags: string[];
  taxId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export function contactObject(c: ContactRow): z.input<typeof Contact> {
  return { id: c.id, ...addressObject(c), notes: c.notes, tags: c.tags, taxId: c.taxId, createdAt: c.createdAt.toISOString(), updatedAt: c.updatedAt.toISOString() };
}
