import { checkAddress } from "@/lib/addresses/check";
import type { ContactInput } from "../schemas";
import type { ContactValues } from "./mapping";

/**
 * The contact a row becomes, for the preview in the browser: the same address check as contactRow
 * (lib/contacts/contacts.ts, which the server uses and which cannot run in a browser), so the
 * preview shows the values as they will be stored ("G1R 4P5", the city filled from the postal
 * code) and the same errors. Throws FieldsError like contactRow. Pure.
 */
export function previewContact(input: ContactInput): ContactValues {
  const address = checkAddress(input, { role: "recipient" });
  return {
    name: address.name ?? "",
    company: address.company ?? "",
    line1: address.line1,
    line2: address.line2 ?? "",
    city: address.city,
    province: address.province,
    postalCode: address.postalCode,
    country: address.country,
    phone: address.phone ?? "",
    email: address.email ?? "",
    notes: input.notes,
    tags: input.tags.join(", "),
    taxId: input.taxId,
  };
}
