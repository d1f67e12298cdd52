/** What the pickup pages give the form: locations with their contact, provinces, bookable dates, the carrier's fee. */
import { provinceOptions } from "@/lib/addresses";
import { pickupDates } from "@/lib/carriers/pickup-rules";
import { primaryConnector } from "@/lib/carriers/registry";
import type { AppLocale } from "@/lib/i18n/locales";
import { listLocations } from "@/lib/locations/locations";
import { withTenant, type TenantContext } from "@/lib/tenancy/context";
import type { PickupContact } from "./contact-defaults";

export interface PickupLocationChoice {
  id: string;
  label: string;
  province: string;
  contactName: string;
  phone: string;
  email: string;
}

export interface PickupFormValues {
  locationId: string;
  company: string;
  line1: string;
  line2: string;
  city: string;
  province: string;
  postalCode: string;
  date: string;
  readyTime: string;
  closingTime: string;
  location: string;
  instructions: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  parcels: string;
  totalWeight: string;
  heavy: boolean;
}

export async function pickupFormData(ctx: TenantContext, locale: AppLocale, now = new Date()) {
  const locations = await listLocations(ctx);
  const fallbackContact = await signedInContact(ctx);
  const choices: PickupLocationChoice[] = locations.map((l) => ({ id: l.id, label: `${l.label} · ${l.line1}, ${l.city}`, province: l.province, contactName: l.contactName, phone: l.phone, email: l.email ?? "" }));
  const first = locations[0];
  const connector = await primaryConnector(ctx, { locale });
  const availability = first && connector.pickupAvailability ? (await connector.pickupAvailability(first.postalCode)).data : null;
  const dates = first && availability ? pickupDates(first.postalCode, now, availability) : [];
  // Booked on the business's own carrier account: the carrier bills the fee, Envoi does not.
  const billedByCarrier = Boolean(connector.accountId);
  return { locations: choices, provinces: provinceOptions(locale), dates, fee: availability?.fee ?? null, billedByCarrier, firstLocationId: first?.id ?? "other", fallbackContact };
}

/** The contact where a location has none: the signed-in user's name and email, the business's phone. */
async function signedInContact(ctx: TenantContext): Promise<PickupContact> {
  return withTenant(ctx, async (tx) => {
    const user = ctx.userId ? await tx.user.findUnique({ where: { id: ctx.userId }, select: { name: true, email: true } }) : null;
    const business = await tx.business.findUnique({ where: { id: ctx.businessId }, select: { phone: true } });
    return { contactName: user?.name ?? "", contactPhone: business?.phone ?? "", contactEmail: user?.email ?? "" };
  });
}

export const EMPTY_PICKUP: PickupFormValues = {
  locationId: "", company: "", line1: "", line2: "", city: "", province: "", postalCode: "",
  date: "", readyTime: "12:00", closingTime: "17:00", location: "FRONT_DESK", instructions: "",
  contactName: "", contactPhone: "", contactEmail: "", parcels: "1", totalWeight: "", heavy: false,
};
