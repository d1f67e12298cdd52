/**
 * Canada Post services, identified by Canada Post's own service codes. Pure data; the rating
 * engine (next issue) prices them.
 */
export type Destination = "domestic" | "usa" | "international";

export interface ServiceInfo {
  code: string;
  destination: Destination;
  name: { en: string; fr: string };
  /**
   * Canada Post tracks the parcel (scans, delivery, a delivery date to expect). Small Packet USA
   * Air and Small Packet International (air and surface) are not tracked: no timeline, no delivery
   * updates, no promised date.
   */
  tracked: boolean;
}

export const SERVICES: readonly ServiceInfo[] = [
  { code: "DOM.PC", destination: "domestic", name: { en: "Priority", fr: "Priorité" }, tracked: true },
  { code: "DOM.XP", destination: "domestic", name: { en: "Xpresspost", fr: "Xpresspost" }, tracked: true },
  { code: "DOM.EP", destination: "domestic", name: { en: "Expedited Parcel", fr: "Colis accélérés" }, tracked: true },
  { code: "DOM.RP", destination: "domestic", name: { en: "Regular Parcel", fr: "Colis standard" }, tracked: true },
  { code: "USA.PW.PARCEL", destination: "usa", name: { en: "Priority Worldwide parcel USA", fr: "Priorité Mondial colis É.-U." }, tracked: true },
  { code: "USA.PW.ENV", destination: "usa", name: { en: "Priority Worldwide envelope USA", fr: "Priorité Mondial enveloppe É.-U." }, tracked: true },
  { code: "USA.PW.PAK", destination: "usa", name: { en: "Priority Worldwide pak USA", fr: "Priorité Mondial paquet É.-U." }, tracked: true },
  { code: "USA.XP", destination: "usa", name: { en: "Xpresspost USA", fr: "Xpresspost É.-U." }, tracked: true },
  { code: "USA.EP", destination: "usa", name: { en: "Expedited Parcel USA", fr: "Colis accélérés É.-U." }, tracked: true },
  { code: "USA.TP", destination: "usa", name: { en: "Tracked Packet USA", fr: "Paquet repérable É.-U." }, tracked: true },
  { code: "USA.SP.AIR", destination: "usa", name: { en: "Small Packet USA Air", fr: "Petit paquet Avion É.-U." }, tracked: false },
  { code: "INT.PW.PARCEL", destination: "international", name: { en: "Priority Worldwide parcel", fr: "Priorité Mondial colis" }, tracked: true },
  { code: "INT.PW.ENV", destination: "international", name: { en: "Priority Worldwide envelope", fr: "Priorité Mondial enveloppe" }, tracked: true },
  { code: "INT.PW.PAK", destination: "international", name: { en: "Priority Worldwide pak", fr: "Priorité Mondial paquet" }, tracked: true },
  { code: "INT.XP", destination: "international", name: { en: "Xpresspost International", fr: "Xpresspost International" }, tracked: true },
  { code: "INT.IP.AIR", destination: "international", name: { en: "International Parcel Air", fr: "Colis international par avion" }, tracked: true },
  { code: "INT.IP.SURF", destination: "international", name: { en: "International Parcel Surface", fr: "Colis international par voie de surface" }, tracked: true },
  { code: "INT.TP", destination: "international", name: { en: "Tracked Packet International", fr: "Paquet repérable International" }, tracked: true },
  { code: "INT.SP.AIR", destination: "international", name: { en: "Small Packet International Air", fr: "Petit paquet International par avion" }, tracked: false },
  { code: "INT.SP.SURF", destination: "international", name: { en: "Small Packet International Surface", fr: "Petit paquet International par voie de surface" }, tracked: false },
];

export const SERVICE_CODES = SERVICES.map((s) => s.code);

/** The services Canada Post does not track. */
export const UNTRACKED_SERVICE_CODES = SERVICES.filter((s) => !s.tracked).map((s) => s.code);

export function serviceInfo(code: string): ServiceInfo | undefined {
  return SERVICES.find((s) => s.code === code);
}

/** Whether Canada Post tracks a service; a code Envoi does not know is taken as tracked (the carrier's own answer decides). */
export function isTracked(code: string | null | undefined): boolean {
  return code ? (serviceInfo(code)?.tracked ?? true) : true;
}
