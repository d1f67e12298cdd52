/**
 * The delivery update a recipient gets when their parcel ships, meets a problem, is delivered or
 * waits at a post office: pure, data in, message out. Never shows the shipper's phone or email.
 */
import type { NoticeEvent } from "@/lib/carriers/types";
import { formatDate } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/messages";
import { formatPostalCode } from "@/lib/labels/format";
import { renderEmail } from "../layout";

export interface PickupOffice {
  name: string;
  line1: string;
  city: string;
  province: string;
  postalCode: string;
  /** 0 = Sunday ... 6 = Saturday; "HH:MM" (24 h), null when closed. A day left out is closed. */
  hours: { day: number; open: string | null; close: string | null }[];
  /** YYYY-MM-DD: the last day it is held before going back to the sender. */
  holdUntil: string;
}

export interface DeliveryUpdateInput {
  locale: AppLocale;
  event: NoticeEvent;
  businessName: string;
  trackingNumber: string;
  trackingUrl: string;
  serviceName: string;
  /** YYYY-MM-DD. */
  expectedDeliveryDate: string | null;
  eventDescription: string;
  eventPlace: string | null;
  /** ISO instant. */
  eventAt: string;
  /** IANA zone the event time is shown in ("America/Toronto"). */
  timeZone: string;
  signatory: string | null;
  reference: string | null;
  postOffice: PickupOffice | null;
}

/** French writes the first of the month "1er" ("mardi 1er décembre 2026"); Intl does not. */
function frenchFirst(text: string, locale: AppLocale): string {
  return locale === "fr" ? text.replace(/(^|\s)1(?=\s\p{L})/u, (_, before: string) => `${before}1er`) : text;
}

/** A calendar day (YYYY-MM-DD) as "Thursday, December 3, 2026" / "jeudi 3 décembre 2026". */
function longDay(day: string, locale: AppLocale): string {
  return frenchFirst(formatDate(new Date(`${day}T12:00:00Z`), locale, { dateStyle: "full", timeZone: "UTC" }), locale);
}

/** "HH:MM" as the locale writes a time: "9:00 a.m." / "9 h 00". */
function clock(hhmm: string, locale: AppLocale): string {
  const [h = 0, m = 0] = hhmm.split(":").map(Number);
  return formatDate(new Date(Date.UTC(2023, 0, 1, h, m)), locale, { hour: "numeric", minute: "2-digit", timeZone: "UTC" });
}

/** The week from Monday, each day with its hours or said closed. */
function openingHours(office: PickupOffice, locale: AppLocale, t: ReturnType<typeof translator>): string {
  return [1, 2, 3, 4, 5, 6, 0]
    .map((day) => {
      const name = formatDate(new Date(Date.UTC(2023, 0, 1 + day, 12)), locale, { weekday: "long", timeZone: "UTC" }); // 2023-01-01 was a Sunday
      const h = office.hours.find((x) => x.day === day);
      return h?.open && h.close ? t("open", { day: name, open: clock(h.open, locale), close: clock(h.close, locale) }) : t("closed", { day: name });
    })
    .join("; ");
}

export function deliveryUpdateEmail(input: DeliveryUpdateInput): { subject: string; html: string; text: string } {
  const { locale, event, postOffice: office } = input;
  const t = translator(locale, "email.delivery");
  const business = input.businessName;
  const time = frenchFirst(formatDate(new Date(input.eventAt), locale, { year: "numeric", month: "long", day: "numeric", hour: "numeric", minute: "2-digit", timeZoneName: "short", timeZone: input.timeZone }), locale);
  const description = input.eventDescription;
  const subjectKey = event === "readyForPickup" && !office ? "readyForPickupNoOffice" : event;
  const subject = t(`subject.${subjectKey}`, { business, office: office?.name ?? "" });
  const paragraphs = [
    t(`intro.${event}`, { business, service: input.serviceName }),
    input.eventPlace ? t("eventAt", { time, place: input.eventPlace, description }) : t("event", { time, description }),
    ...(event === "delivered" && input.signatory ? [t("signedBy", { signatory: input.signatory })] : []),
    t("trackingNumber", { trackingNumber: input.trackingNumber }),
    ...(input.reference ? [t("reference", { reference: input.reference })] : []),
    // Once delivered or waiting at the post office, the expected date no longer helps.
    ...(input.expectedDeliveryDate && (event === "shipped" || event === "exception") ? [t("expected", { date: longDay(input.expectedDeliveryDate, locale) })] : []),
    ...(event === "readyForPickup" && office
      ? [
          t("office", { name: office.name, address: `${office.line1}, ${office.city} ${office.province} ${formatPostalCode(office.postalCode, "CA")}` }),
          t("hours", { hours: openingHours(office, locale, t) }),
          t("bringId"),
          t("holdUntil", { date: longDay(office.holdUntil, locale), business }),
        ]
      : []),
  ];
  const { html, text } = renderEmail({ heading: subject, paragraphs, action: { label: t("button"), url: input.trackingUrl }, footer: t("footer", { business }) });
  return { subject, html, text };
}
