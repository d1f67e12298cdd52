/**
 * The reference carrier's tracking events: SAMPLE DATA in the style of Canada Post's significant
 * events. Each kind has a stable code (stored with the event's time to recognise it again), its
 * wording in English and Canadian French, the shipment status once it happened and the delivery
 * update it sends. The codes are the reference carrier's own; the live connector maps Canada
 * Post's.
 */
import type { NoticeEvent, TrackingStatus } from "../types";

export interface TrackingEventKind {
  code: string;
  en: string;
  fr: string;
  status: TrackingStatus;
  notice: NoticeEvent | null;
}

export const TRACKING_EVENTS = {
  infoSubmitted: {
    code: "3000",
    en: "Electronic information submitted by shipper",
    fr: "Renseignements électroniques soumis par l'expéditeur",
    status: "CREATED",
    notice: null,
  },
  accepted: { code: "0100", en: "Item accepted at the Post Office", fr: "Article accepté au bureau de poste", status: "IN_TRANSIT", notice: "shipped" },
  processed: { code: "0170", en: "Item processed", fr: "Article traité", status: "IN_TRANSIT", notice: null },
  inTransit: { code: "0171", en: "Item in transit", fr: "En route", status: "IN_TRANSIT", notice: null },
  processedAtDestination: {
    code: "0172",
    en: "Item processed at the delivery facility",
    fr: "Article traité à l'installation de livraison",
    status: "IN_TRANSIT",
    notice: null,
  },
  leftCanada: {
    code: "1700",
    en: "Item has left Canada and is en route to the destination country",
    fr: "L'article a quitté le Canada et est en route vers le pays de destination",
    status: "IN_TRANSIT",
    notice: null,
  },
  arrivedAbroad: {
    code: "1701",
    en: "Item arrived in the destination country",
    fr: "L'article est arrivé dans le pays de destination",
    status: "IN_TRANSIT",
    notice: null,
  },
  inCustoms: { code: "1702", en: "Item in customs", fr: "Article à la douane", status: "IN_TRANSIT", notice: null },
  clearedCustoms: { code: "1703", en: "Item cleared by customs", fr: "Article dédouané", status: "IN_TRANSIT", notice: null },
  delayWeather: {
    code: "2300",
    en: "Delay due to weather conditions; the expected delivery date has been revised",
    fr: "Retard attribuable aux conditions météorologiques; la date de livraison prévue a été révisée",
    status: "EXCEPTION",
    notice: "exception",
  },
  delayTransport: {
    code: "2301",
    en: "Delay due to transportation issues; the expected delivery date has been revised",
    fr: "Retard attribuable à des problèmes de transport; la date de livraison prévue a été révisée",
    status: "EXCEPTION",
    notice: "exception",
  },
  outForDelivery: { code: "0174", en: "Item out for delivery", fr: "Article en cours de livraison", status: "OUT_FOR_DELIVERY", notice: null },
  delivered: { code: "1496", en: "Delivered", fr: "Livré", status: "DELIVERED", notice: "delivered" },
  deliveredToMailbox: {
    code: "1421",
    en: "Delivered to your community mailbox, parcel locker or apt./condo mailbox",
    fr: "Livré à votre boîte postale communautaire, à votre casier à colis ou à la boîte aux lettres de votre immeuble",
    status: "DELIVERED",
    notice: "delivered",
  },
  attempted: {
    code: "1408",
    en: "Delivery attempted; notice card left indicating where to pick up the item",
    fr: "Tentative de livraison; carte-avis laissée indiquant où ramasser l'article",
    status: "EXCEPTION",
    notice: "exception",
  },
  readyForPickup: {
    code: "0175",
    en: "Item available for pickup at Post Office",
    fr: "Prêt pour le ramassage au bureau de poste",
    status: "READY_FOR_PICKUP",
    notice: "readyForPickup",
  },
  pickedUp: { code: "1497", en: "Item picked up at Post Office", fr: "Article ramassé au bureau de poste", status: "DELIVERED", notice: "delivered" },
  unclaimed: {
    code: "1450",
    en: "Item unclaimed, being returned to sender",
    fr: "Article non réclamé, en cours de retour à l'expéditeur",
    status: "EXCEPTION",
    notice: "exception",
  },
  returned: { code: "1460", en: "Returned to sender", fr: "Retourné à l'expéditeur", status: "RETURNED", notice: null },
} as const satisfies Record<string, TrackingEventKind>;

export type TrackingEventName = keyof typeof TRACKING_EVENTS;
