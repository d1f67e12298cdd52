/**
 * One-off pickups through the API, with the pickup page's own services: availability at a postal
 * code, book, change, cancel, list, read. Canada Post's rules are checked by the service and each
 * broken one answered with its field and the form's sentence. The fee is billed on account with a
 * live key, never with a test key (lib/pickups/pickups.ts).
 */
import { z } from "zod";
import { checkPickup, pickupDates, pickupFee } from "@/lib/carriers/pickup-rules";
import { primaryConnector } from "@/lib/carriers/registry";
import { FieldsError } from "@/lib/errors";
import { fieldMessage } from "@/lib/forms/problems";
import type { AppLocale } from "@/lib/i18n/locales";
import { bookPickup, cancelPickup, changePickup, getPickup, type PickupInput } from "@/lib/pickups/pickups";
import { postalCodeProvince } from "@/lib/rating/places";
import { withTenant } from "@/lib/tenancy/context";
import type { ApiActor } from "../actor";
import { decodeCursor, pageOf } from "../cursor";
import { endpoint } from "../endpoint";
import { ApiError, ApiFieldsError, namedFieldMessage } from "../errors";
import { PICKUP_LOCATIONS, Pickup, presentPickup } from "../objects/pickup";
import { Id, IsoDate, listOf, Money, money, PageQuery } from "../schemas/common";

const text = (max = 200) => z.string().max(max);

const PickupAddress = z.object({ company: text().optional(), line1: text(), line2: text().optional(), city: text(), province: text(), postalCode: text(10) });

const PickupFields = z.object({
  locationId: Id.optional().meta({ description: "One of the business's ship-from locations; or `address`." }),
  address: PickupAddress.optional().meta({ description: "Another address, instead of `locationId`." }),
  date: text(10).meta({ description: "YYYY-MM-DD: a business day, today (before the cut-off) up to 5 business days ahead.", example: "2026-12-08" }),
  readyTime: text(5).meta({ description: "HH:MM, local: from 12:00 to 16:00.", example: "13:00" }),
  closingTime: text(5).meta({ description: "HH:MM, local: at least an hour after the ready time.", example: "17:00" }),
  location: z.enum(PICKUP_LOCATIONS).default("front_desk"),
  instructions: text(500).optional(),
  contact: z.object({ name: text(), phone: text(), email: text() }),
  parcels: z.number().int().min(0).max(100_000),
  totalWeightGrams: z.number().int().min(0).max(100_000_000),
  heavy: z.boolean().default(false).meta({ description: "Any item over 23 kg." }),
  batchId: Id.optional().meta({ description: "The batch whose parcels it picks up." }),
});

export const PickupRequestBody = PickupFields.superRefine((v, ctx) => {
  if (!v.locationId && !v.address) ctx.addIssue({ code: "custom", path: ["locationId"], message: "required" });
}).meta({ id: "PickupRequest" });

export const PickupChange = PickupFields.partial().meta({ id: "PickupChange", description: "Only the fields that change; the rest stay as booked." });

/** The request's path of a pickup rule's field. */
const PARAM: Record<string, string> = {
  postalCode: "address.postalCode",
  totalWeight: "totalWeightGrams",
  contactName: "contact.name",
  contactPhone: "contact.phone",
  contactEmail: "contact.email",
};

/** Broken pickup rules as the API's field errors: each by its path, in the form's words (naming the form's field). */
function rulesBroken(e: FieldsError, locale: AppLocale, usesLocation: boolean): ApiFieldsError {
  return new ApiFieldsError(
    Object.entries(e.problems).map(([field, p]) => ({
      param: field === "postalCode" && usesLocation ? "locationId" : (PARAM[field] ?? field),
      code: p.code,
      message: namedFieldMessage(locale, field, p.code, fieldMessage(locale, field, p, e.namespace)),
    })),
  );
}

type Body = z.output<typeof PickupFields>;

function inputOf(b: Body): PickupInput {
  const a = b.address;
  return {
    locationId: b.locationId ?? null,
    address: b.locationId || !a ? null : { company: a.company?.trim() || null, line1: a.line1.trim(), line2: a.line2?.trim() || null, city: a.city.trim(), province: a.province.trim().toUpperCase(), postalCode: a.postalCode.trim().toUpperCase() },
    date: b.date,
    readyTime: b.readyTime,
    closingTime: b.closingTime,
    location: b.location.toUpperCase() as PickupInput["location"],
    instructions: b.instructions?.trim() || null,
    contact: { name: b.contact.name.trim(), phone: b.contact.phone.trim(), email: b.contact.email.trim().toLowerCase() },
    parcels: b.parcels,
    totalWeightGrams: b.totalWeightGrams,
    heavy: b.heavy,
    batchId: b.batchId ?? null,
  };
}

async function found(actor: ApiActor, id: string) {
  const pickup = await getPickup(actor, id);
  if (!pickup) throw new ApiError(404, "not_found_error", "notFound", { id }, "id");
  return pickup;
}

async function withRules<T>(locale: AppLocale, usesLocation: boolean, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof FieldsError && e.namespace === "pickups.problems") throw rulesBroken(e, locale, usesLocation);
    throw e;
  }
}

const ById = z.object({ id: Id });

export const PickupAvailability = z
  .object({
    postalCode: z.string(),
    available: z.boolean().meta({ description: "The carrier picks up at this postal code." }),
    dates: z.array(IsoDate).meta({ description: "The days a pickup can be booked for now." }),
    sameDayCutoff: z.string().meta({ description: "Same-day pickups are booked before this local time.", example: "14:00" }),
    timeZone: z.string().meta({ example: "America/Toronto" }),
    fee: Money.meta({ description: "Before tax, for one parcel." }),
    freeFromParcels: z.number().int().nullable().meta({ description: "No fee from this many parcels." }),
    date: z
      .object({ date: z.string(), bookable: z.boolean(), problems: z.array(z.object({ code: z.string(), message: z.string() })), total: Money.nullable() })
      .nullable()
      .meta({ description: "The `date` asked: whether a pickup can be booked for it (and if not, why), and its fee with tax for one parcel." }),
  })
  .meta({ id: "PickupAvailability" });

export const getPickupAvailability = endpoint({
  id: "getPickupAvailability",
  method: "GET",
  path: "/pickups/availability",
  access: "read",
  tag: "Pickups",
  summary: "Whether a pickup can be booked at a postal code, and for which days",
  query: z.object({ postalCode: z.string().trim().min(3).max(10).meta({ example: "K1A 0B1" }), date: z.string().max(10).optional().meta({ description: "YYYY-MM-DD: is this day bookable?" }) }),
  response: PickupAvailability,
  errors: [400, 422],
  async run({ actor, query, locale }) {
    const postalCode = query.postalCode.toUpperCase();
    const connector = await primaryConnector(actor, { locale });
    const answer = connector.pickupAvailability ? await connector.pickupAvailability(postalCode) : null;
    const availability = answer?.data;
    if (!availability || !postalCodeProvince(postalCode)) {
      throw new ApiFieldsError([{ param: "postalCode", code: "postalCodeInvalid", message: namedFieldMessage(locale, "postalCode", "postalCodeInvalid", fieldMessage(locale, "postalCode", { code: "postalCodeInvalid" }, "pickups.problems")) }]);
    }
    const now = new Date();
    const dates = pickupDates(postalCode, now, availability);
    let date: z.input<typeof PickupAvailability>["date"] = null;
    if (query.date) {
      const request = { address: { company: null, line1: "", line2: null, city: "", province: postalCodeProvince(postalCode) ?? "", postalCode }, date: query.date, readyTime: "12:00", closingTime: "17:00", location: "FRONT_DESK" as const, instructions: null, contact: { name: "x", phone: "6135550100", email: "x@example.com" }, parcels: 1, totalWeightGrams: 1000, heavy: false };
      const problems = checkPickup(request, { now, availability }).filter((p) => p.field === "date" || p.field === "postalCode");
      const bookable = problems.length === 0 && dates.includes(query.date);
      const price = bookable ? pickupFee(availability.fee, { province: postalCodeProvince(postalCode), date: query.date, parcels: 1 }) : null;
      date = { date: query.date, bookable, problems: problems.map((p) => ({ code: p.code, message: fieldMessage(locale, p.field, { code: p.code, values: p.values }, "pickups.problems") })), total: price ? money(price.totalCents) : null };
    }
    return { postalCode, available: availability.available, dates, sameDayCutoff: availability.sameDayCutoff, timeZone: availability.timeZone, fee: money(availability.fee.feeCents), freeFromParcels: availability.fee.freeFromParcels, date };
  },
});

export const createPickup = endpoint({
  id: "createPickup",
  method: "POST",
  path: "/pickups",
  access: "write",
  tag: "Pickups",
  summary: "Book a pickup",
  description:
    "Canada Post's rules are checked first; each broken one is answered with 422 and its field. The fee is billed on account with a live key (402 without credit), never with a test key. A confirmation is emailed to the contact.",
  body: PickupRequestBody,
  response: Pickup,
  status: 201,
  errors: [400, 402, 404, 422, 502],
  async run({ actor, body, locale }) {
    const booked = await withRules(locale, Boolean(body.locationId), () => bookPickup(actor, inputOf(body), locale));
    return presentPickup(await found(actor, booked.id));
  },
});

export const getPickupById = endpoint({
  id: "getPickup",
  method: "GET",
  path: "/pickups/{id}",
  access: "read",
  tag: "Pickups",
  summary: "A pickup",
  params: ById,
  response: Pickup,
  errors: [404],
  run: async ({ actor, params }) => presentPickup(await found(actor, params.id)),
});

export const updatePickup = endpoint({
  id: "updatePickup",
  method: "PATCH",
  path: "/pickups/{id}",
  access: "write",
  tag: "Pickups",
  summary: "Change a pickup",
  description: "Until the day before its date (409 after, or once cancelled). Only the fields sent change; a new fee is billed and the old one given back.",
  params: ById,
  body: PickupChange,
  response: Pickup,
  errors: [400, 402, 404, 409, 422],
  async run({ actor, params, body, locale }) {
    const p = await found(actor, params.id);
    const current: Body = {
      locationId: p.locationId ?? undefined,
      address: p.locationId ? undefined : { company: p.company ?? undefined, line1: p.line1, line2: p.line2 ?? undefined, city: p.city, province: p.province, postalCode: p.postalCode },
      date: p.date,
      readyTime: p.readyTime,
      closingTime: p.closingTime,
      location: p.location.toLowerCase() as Body["location"],
      instructions: p.instructions ?? undefined,
      contact: { name: p.contactName, phone: p.contactPhone, email: p.contactEmail },
      parcels: p.parcels,
      totalWeightGrams: p.totalWeightGrams,
      heavy: p.heavy,
      batchId: p.batchId ?? undefined,
    };
    // A new address replaces the location (and the other way round).
    const merged: Body = { ...current, ...body, contact: { ...current.contact, ...body.contact }, ...(body.address ? { locationId: undefined } : {}), ...(body.locationId ? { address: undefined } : {}) };
    await withRules(locale, Boolean(merged.locationId), () => changePickup(actor, params.id, inputOf(merged), locale));
    return presentPickup(await found(actor, params.id));
  },
});

export const cancelPickupById = endpoint({
  id: "cancelPickup",
  method: "POST",
  path: "/pickups/{id}/cancel",
  access: "write",
  tag: "Pickups",
  summary: "Cancel a pickup",
  description: "Until the day before its date (409 after, or when already cancelled). The fee is given back.",
  params: ById,
  response: Pickup,
  errors: [404, 409],
  async run({ actor, params, locale }) {
    await found(actor, params.id);
    await withRules(locale, false, () => cancelPickup(actor, params.id, locale));
    return presentPickup(await found(actor, params.id));
  },
});

export const listPickups = endpoint({
  id: "listPickups",
  method: "GET",
  path: "/pickups",
  access: "read",
  tag: "Pickups",
  summary: "The business's pickups, most recently booked first",
  query: PageQuery,
  response: listOf(Pickup, "Pickup"),
  errors: [400],
  async run({ actor, query }) {
    const after = query.cursor ? decodeCursor(query.cursor, ["number", "string"]) : null;
    const at = after ? new Date(after[0] as number) : null;
    const rows = await withTenant(actor, (tx) =>
      tx.pickup.findMany({
        where: { businessId: actor.businessId, ...(at ? { OR: [{ createdAt: { lt: at } }, { createdAt: at, id: { lt: after![1] as string } }] } : {}) },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: query.limit + 1,
      }),
    );
    const now = new Date();
    return pageOf(rows, query.limit, (p) => presentPickup(p, now), (p) => [p.createdAt.getTime(), p.id]);
  },
});
