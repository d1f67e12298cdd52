/**
 * Canada Post's tracking events (the `event-identifier` of a significant event) as Envoi reads
 * them: the shipment status once the event happened, the delivery update it sends, and wording of
 * our own in both languages (Canada Post answers in the one language asked for; our table gives
 * both). Pure data.
 *
 * Sources: the code meanings of Canada Post's "Tracking scan events" table (Developer Program,
 * messagescodetables) as relayed by public integrations (karrio's Canada Post connector) and
 * Canada Post's own sample answers; the wording below is ours. Canada Post pads some identifiers
 * ("0174" for 174): codes are compared without leading zeros, and the event keeps Canada Post's own.
 *
 * - Electronic information / label created: CREATED.
 * - Accepted, picked up, processed: IN_TRANSIT with the "shipped" update (sent once per shipment).
 * - Out for delivery: OUT_FOR_DELIVERY.
 * - Delivered (door, safe drop, mailbox, mailroom, concierge, with or without signature): DELIVERED.
 * - Notice card left, available at the post office or in a locker: READY_FOR_PICKUP.
 * - Attempted delivery, delays, address problems, holds: EXCEPTION.
 * - Being returned to the sender: RETURNED (the parcel will not reach the recipient).
 * - Signature recorded, photo available, expected date changed: status `null`, the previous one stays.
 * A code not in the table keeps the previous status and shows Canada Post's description in both
 * languages (see tracking.ts).
 */
import type { NoticeEvent, TrackingStatus } from "../types";

export interface CpEventKind {
  en: string;
  fr: string;
  /** The status once it happened; null keeps the previous one (an informative event). */
  status: TrackingStatus | null;
  notice: NoticeEvent | null;
}

type Row = [codes: string, status: TrackingStatus | null, notice: NoticeEvent | null, en: string, fr: string];

const RETURNING_FR = "retourné à l'expéditeur";

// prettier-ignore
const ROWS: Row[] = [
  ["3000", "CREATED", null, "Label created: shipment details sent to Canada Post", "Étiquette créée : renseignements de l'envoi transmis à Postes Canada"],
  ["3002", "CREATED", null, "Return label created", "Étiquette de retour créée"],

  ["1300", "IN_TRANSIT", "shipped", "Accepted by Canada Post", "Accepté par Postes Canada"],
  ["1301 1302", "IN_TRANSIT", "shipped", "Dropped off at a post office", "Déposé dans un bureau de poste"],
  ["1303", "IN_TRANSIT", "shipped", "Return dropped off at a post office", "Retour déposé dans un bureau de poste"],
  ["2300", "IN_TRANSIT", "shipped", "Picked up by Canada Post", "Ramassé par Postes Canada"],
  ["100 102 104 105 106 107 170 1240 1244 2500 2501", "IN_TRANSIT", "shipped", "Processed at a Canada Post facility", "Traité dans une installation de Postes Canada"],
  ["175 804", "IN_TRANSIT", null, "In transit", "En transit"],
  ["400 405", "IN_TRANSIT", null, "Arrived at a facility", "Arrivé à une installation"],
  ["410", "IN_TRANSIT", null, "Left a facility", "Parti d'une installation"],
  ["1703", "IN_TRANSIT", null, "On its way to the post office", "En route vers le bureau de poste"],
  ["1480 1490", "IN_TRANSIT", null, "Redirected to the recipient's new address", "Réacheminé à la nouvelle adresse du destinataire"],
  ["815", "IN_TRANSIT", null, "Being prepared for export", "En préparation pour l'exportation"],
  ["4310 4311", "IN_TRANSIT", null, "Arrived in the destination country", "Arrivé dans le pays de destination"],
  ["4330 4400", "IN_TRANSIT", null, "Presented to customs in the destination country", "Présenté à la douane du pays de destination"],
  ["4500", "IN_TRANSIT", null, "Released by customs in the destination country", "Dédouané dans le pays de destination"],
  ["4550", "IN_TRANSIT", null, "On its way to the delivery office", "En route vers le bureau de livraison"],
  ["4600", "IN_TRANSIT", null, "At the delivery office in the destination country", "Au bureau de livraison du pays de destination"],
  ["4900", "IN_TRANSIT", null, "Arrived in a transit country", "Arrivé dans un pays de transit"],
  ["4950 8901", "IN_TRANSIT", null, "Forwarded to the destination country", "Acheminé vers le pays de destination"],

  ["174 500", "OUT_FOR_DELIVERY", null, "Out for delivery", "En cours de livraison"],

  ["1476 1496 1498", "DELIVERED", "delivered", "Delivered", "Livré"],
  ["1408 1409", "DELIVERED", "delivered", "Delivered; a copy of the signature is available from Canada Post", "Livré; copie de la signature offerte par Postes Canada"],
  ["1421 1428", "DELIVERED", "delivered", "Delivered to the front door", "Livré à la porte avant"],
  ["1422 1429", "DELIVERED", "delivered", "Delivered to the side door", "Livré à la porte de côté"],
  ["1423 1430", "DELIVERED", "delivered", "Delivered to the back door", "Livré à la porte arrière"],
  ["1424 1431", "DELIVERED", "delivered", "Delivered to the garage", "Livré au garage"],
  ["1425 1432", "DELIVERED", "delivered", "Delivered to the superintendent or security desk", "Livré au concierge ou à la sécurité"],
  ["1426 1433", "DELIVERED", "delivered", "Delivered to the recipient's parcel box", "Livré dans la boîte à colis du destinataire"],
  ["1427 1434", "DELIVERED", "delivered", "Delivered to a safe place at the address", "Livré en lieu sûr à l'adresse"],
  ["1441 1442", "DELIVERED", "delivered", "Delivered to the community mailbox or parcel locker", "Livré dans la boîte postale communautaire ou le casier à colis"],
  ["1461 1462", "DELIVERED", "delivered", "Delivered to the concierge or building manager", "Livré au concierge ou au gestionnaire de l'immeuble"],
  ["1463 1465 1466 1467 1468 1469 1473 1475", "DELIVERED", "delivered", "Delivered to the mailroom", "Livré à la salle du courrier"],
  ["1471 1472", "DELIVERED", "delivered", "Delivered to the recipient's delivery partner", "Livré au partenaire de livraison du destinataire"],
  ["1406", "DELIVERED", "delivered", "Picked up from a parcel locker", "Récupéré dans un casier à colis"],

  ["1407 2407", "READY_FOR_PICKUP", "readyForPickup", "Ready for pickup", "Prêt à être ramassé"],
  ["1701", "READY_FOR_PICKUP", "readyForPickup", "Ready for pickup at the post office", "Prêt à être ramassé au bureau de poste"],
  ["1435 1436 1437 1438 1479 1488", "READY_FOR_PICKUP", "readyForPickup", "Notice card left: pick it up where the card says", "Avis laissé : à ramasser à l'endroit indiqué sur l'avis"],
  ["1405", "READY_FOR_PICKUP", "readyForPickup", "Placed in a parcel locker, ready for pickup", "Déposé dans un casier à colis, prêt à être ramassé"],
  ["156", "READY_FOR_PICKUP", "readyForPickup", "Final notice: goes back to the sender if not picked up within 10 days", "Dernier avis : retourné à l'expéditeur s'il n'est pas ramassé d'ici 10 jours"],

  ["1443", "EXCEPTION", "exception", "Delivery attempted; another attempt next business day", "Tentative de livraison; nouvel essai le jour ouvrable suivant"],
  ["1411 2411", "EXCEPTION", "exception", "Business closed; another delivery attempt will be made", "Entreprise fermée; nouvelle tentative de livraison à venir"],
  ["1414 2414 621 622 623 624 625 626 627 628", "EXCEPTION", "exception", "Delivery postponed to the next business day", "Livraison reportée au jour ouvrable suivant"],
  ["159", "EXCEPTION", "exception", "Possible delay: severe weather", "Retard possible : conditions météorologiques"],
  ["160", "EXCEPTION", "exception", "Possible delay: public authority or demonstration", "Retard possible : autorités publiques ou manifestation"],
  ["161", "EXCEPTION", "exception", "Possible delay: labour disruption", "Retard possible : conflit de travail"],
  ["162", "EXCEPTION", "exception", "Possible delay: transportation problem", "Retard possible : problème de transport"],
  ["163", "EXCEPTION", "exception", "Possible delay: power outage", "Retard possible : panne d'électricité"],
  ["171 1412 2412", "EXCEPTION", "exception", "Checking the recipient's address; possible delay", "Vérification de l'adresse du destinataire; retard possible"],
  ["172", "EXCEPTION", "exception", "Rerouted after a sorting error; possible delay", "Réacheminé après une erreur de tri; retard possible"],
  ["173", "EXCEPTION", "exception", "Address error being corrected; possible delay", "Erreur d'adresse en cours de correction; retard possible"],
  ["1450", "EXCEPTION", "exception", "Held at a secure facility; contact Canada Post", "Retenu dans une installation sécurisée; communiquez avec Postes Canada"],
  ["179 1483 1493 4650", "EXCEPTION", "exception", "Cannot be delivered as addressed; details to follow", "Ne peut être livré tel qu'adressé; détails à venir"],
  ["1484 1494", "EXCEPTION", "exception", "On hold", "Retenu"],
  ["1410 2410", "EXCEPTION", null, "Held at the recipient's request", "Retenu à la demande du destinataire"],

  ["1415", "RETURNED", "exception", "Incomplete address: being returned to the sender", `Adresse incomplète : ${RETURNING_FR}`],
  ["1416 1481 1491", "RETURNED", "exception", "Recipient not at this address: being returned to the sender", `Destinataire absent de cette adresse : ${RETURNING_FR}`],
  ["1417 1482 1492", "RETURNED", "exception", "Refused by the recipient: being returned to the sender", `Refusé par le destinataire : ${RETURNING_FR}`],
  ["1418", "RETURNED", "exception", "No valid proof of age: being returned to the sender", `Aucune preuve d'âge valide : ${RETURNING_FR}`],
  ["1419", "RETURNED", "exception", "Not picked up: being returned to the sender", `Non réclamé : ${RETURNING_FR}`],
  ["1420 2600 3001", "RETURNED", "exception", "Being returned to the sender", "Retourné à l'expéditeur"],
  ["2802", "RETURNED", "exception", "Undeliverable abroad: being returned to the sender", `Non livrable à l'étranger : ${RETURNING_FR}`],
  ["167", "RETURNED", "exception", "Insufficient postage: being returned to the sender", `Affranchissement insuffisant : ${RETURNING_FR}`],
  ["168", "RETURNED", "exception", "Does not meet the service's requirements: being returned to the sender", `Non conforme aux exigences du service : ${RETURNING_FR}`],
  ["169 181", "RETURNED", "exception", "Shipping label missing or invalid: being returned to the sender", `Étiquette d'expédition manquante ou invalide : ${RETURNING_FR}`],
  ["182", "RETURNED", "exception", "Documents incomplete or illegible: being returned to the sender", `Documents incomplets ou illisibles : ${RETURNING_FR}`],
  ["183", "RETURNED", "exception", "Service suspended to this country: being returned to the sender", `Service suspendu vers ce pays : ${RETURNING_FR}`],
  ["184", "RETURNED", "exception", "Cannot be mailed: being returned to the sender", `Objet non admissible : ${RETURNING_FR}`],

  ["20", null, null, "Signature recorded, viewable online", "Signature enregistrée, consultable en ligne"],
  ["21", null, null, "Verbal signature; no signature image", "Signature verbale; aucune image de signature"],
  ["2001", null, null, "Delivery photo available", "Photo de livraison disponible"],
  ["1200 1203", null, null, "Expected delivery date changed", "Date de livraison prévue modifiée"],
];

const KINDS: ReadonlyMap<string, CpEventKind> = new Map(
  ROWS.flatMap(([codes, status, notice, en, fr]) => codes.split(" ").map((code) => [code, { en, fr, status, notice }] as const)),
);

/** "0174" and "174" are the same event. */
export function normalizeEventCode(code: string): string {
  const trimmed = code.trim();
  return /^\d+$/.test(trimmed) ? String(Number(trimmed)) : trimmed.toUpperCase();
}

/** What an event identifier means to Envoi, or null for a code outside the table. */
export function eventKind(code: string): CpEventKind | null {
  return KINDS.get(normalizeEventCode(code)) ?? null;
}

/** The signature event: its signatory-name is the delivered event's. */
export function isSignatureEvent(code: string): boolean {
  return normalizeEventCode(code) === "20";
}

/**
 * Canada Post reuses some delivered and out-for-delivery codes for a parcel on its way back
 * ("Item successfully returned to sender", "L'article renvoyé à l'expéditeur est sorti pour
 * livraison"): its description then says so.
 */
export function describesReturnToSender(description: string): boolean {
  return /\bsender\b|exp[ée]diteur/i.test(description);
}
