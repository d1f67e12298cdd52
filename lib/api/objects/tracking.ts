/**
 * The Tracking object of the API: one of the business's issued shipments by its tracking number,
 * its status and its events (TrackingEvent), newest first, described in the caller's language.
 */
import { z } from "zod";
import type { AppLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/messages";
import { isTracked } from "@/lib/rating/services";
import { serviceName } from "@/lib/rates/present";
import { Id, IsoDate } from "../schemas/common";

const STATUSES = ["CREATED", "IN_TRANSIT", "OUT_FOR_DELIVERY", "DELIVERED", "READY_FOR_PICKUP", "EXCEPTION", "RETURNED"] as const;
type Status = (typeof STATUSES)[number];
const status = (s: Status) => s.toLowerCase() as Lowercase<Status>;
const StatusEnum = z.enum(STATUSES.map((s) => s.toLowerCase()) as [Lowercase<Status>, ...Lowercase<Status>[]]);

export const TrackingEvent = z
  .object({
    code: z.string().meta({ description: "The carrier's event code." }),
    occurredAt: z.string().meta({ description: "ISO instant.", example: "2026-12-07T14:05:00.000Z" }),
    place: z.string().nullable().meta({ example: "MONTREAL, QC" }),
    description: z.string().meta({ description: "In the caller's language." }),
    status: StatusEnum.meta({ description: "The shipment's status once this happened." }),
    signatory: z.string().nullable().meta({ description: "Who signed for the parcel." }),
  })
  .meta({ id: "TrackingEvent" });

export const Tracking = z
  .object({
    trackingNumber: z.string(),
    shipmentId: Id,
    status: StatusEnum,
    statusText: z.string().meta({ description: "The status in the caller's language." }),
    service: z.object({ code: z.string(), name: z.string() }).nullable(),
    tracked: z.boolean().meta({ description: "False for services Canada Post does not track: no events will follow." }),
    expectedDelivery: IsoDate.nullable(),
    deliveredAt: z.string().nullable(),
    sample: z.boolean().meta({ description: "Simulated events of the reference carrier (a test label), not a real parcel." }),
    events: z.array(TrackingEvent).meta({ description: "Newest first." }),
  })
  .meta({ id: "Tracking" });

export interface TrackedShipment {
  id: string;
  trackingNumber: string;
  trackingStatus: Status;
  serviceCode: string | null;
  expectedDeliveryDate: string | null;
  deliveredAt: Date | null;
  carrierMode: string | null;
}

export interface StoredEvent {
  code: string;
  occurredAt: Date;
  place: string | null;
  descriptionEn: string;
  descriptionFr: string;
  status: Status;
  signatory: string | null;
}

export function presentTracking(s: TrackedShipment, events: StoredEvent[], locale: AppLocale): z.input<typeof Tracking> {
  const tracked = isTracked(s.serviceCode);
  return {
    trackingNumber: s.trackingNumber,
    shipmentId: s.id,
    status: status(s.trackingStatus),
    statusText: translator(locale, "tracking")(`statuses.${s.trackingStatus}`),
    service: s.serviceCode ? { code: s.serviceCode, name: serviceName(s.serviceCode, locale) } : null,
    tracked,
    expectedDelivery: tracked ? s.expectedDeliveryDate : null,
    deliveredAt: s.deliveredAt?.toISOString() ?? null,
    sample: s.carrierMode !== "production",
    events: events.map((e) => ({ code: e.code, occurredAt: e.occurredAt.toISOString(), place: e.place, description: locale === "fr" ? e.descriptionFr : e.descriptionEn, status: status(e.status), signatory: e.signatory })),
  };
}
