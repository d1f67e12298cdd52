import { z } from "zod";
import { checkbox, requiredText, text, timeOfDay } from "@/lib/forms/fields";
import { LOCATION_LIMITS } from "@/lib/forms/limits";

/** The form of a ship-from location; the address itself is checked by lib/addresses. */
export const locationSchema = z.object({
  label: requiredText(LOCATION_LIMITS.label),
  contactName: text(LOCATION_LIMITS.contactName),
  company: text(LOCATION_LIMITS.company),
  phone: text(LOCATION_LIMITS.phone),
  email: text(LOCATION_LIMITS.email),
  line1: text(LOCATION_LIMITS.line1),
  line2: text(LOCATION_LIMITS.line2),
  city: text(LOCATION_LIMITS.city),
  province: text(LOCATION_LIMITS.province),
  postalCode: text(LOCATION_LIMITS.postalCode),
  makeDefault: checkbox,
  /** Contract businesses: the time Envoi closes this location's day on its own ("" : closed by hand). */
  closeTime: timeOfDay,
});

export type LocationInput = z.output<typeof locationSchema>;
