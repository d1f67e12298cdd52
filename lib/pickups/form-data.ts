/** What the pickup pages give the form: locations with their contact, provinces, bookable dates. */
import { createReferenceConnector } from "@/lib/carriers/reference";
import { provinceOptions } from "@/lib/addresses";
import type { AppLocale } from "@/lib/i18n/locales";
import { listLocations } from "@/lib/locations/locations";
import type { TenantContext } from "@/lib/tenancy/context";
import type { PickupFormValues, PickupLocationChoice } from "@/components/pickups/pickup-form";
import { pickupDates } from "./rules";

export async function pickupFormData(ctx: TenantContext, locale: AppLocale, now = new Date()) {
  const locations = await listLocations(ctx);
  const choices: PickupLocationChoice[] = locations.map((l) => ({ id: l.id, label: `${l.label} · ${l.line1}, ${l.city}`, province: l.province, contactName: l.contactName, phone: l.phone, email: l.email ?? "" }));
  const first = locations[0];
  const availability = first ? (await createReferenceConnector().pickupAvailability!(first.postalCode)).data : null;
  const dates = first && availability ? pickupDates(first.postalCode, now, availability) : [];
  return { locations: choices, provinces: provinceOptions(locale), dates, firstLocationId: first?.id ?? "other" };
}

export const EMPTY_PICKUP: PickupFormValues = {
  locationId: "", company: "", line1: "", line2: "", city: "", province: "", postalCode: "",
  date: "", readyTime: "12:00", closingTime: "17:00", location: "FRONT_DESK", instructions: "",
  contactName: "", contactPhone: "", contactEmail: "", parcels: "1", totalWeight: "", heavy: false,
};
