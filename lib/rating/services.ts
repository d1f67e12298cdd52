/**
 * Canada Post services, identified by Canada Post's own service codes. Pure data; the rating
 * engine (next issue) prices them.
 */
export type Destination = "domestic" | "usa" | "international";

export interface ServiceInfo {
  code: string;
  destination: Destination;
  name: { en: string; fr: string };
}

export const SERVICES: readonly ServiceInfo[] = [
  { code: "DOM.PC", destination: "domestic", name: { en: "Priority", fr: "Priorité" } },
  { code: "DOM.XP", destination: "domestic", name: { en: "Xpresspost", fr: "Xpresspost" } },
  { code: "DOM.EP", destination: "domestic", name: { en: "Expedited Parcel", fr: "Colis accélérés" } },
  { code: "DOM.RP", destination: "domestic", name: { en: "Regular Parcel", fr: "Colis standard" } },
  { code: "USA.PW.PARCEL", destination: "usa", name: { en: "Priority Worldwide parcel USA", fr: "Priorité Mondial colis É.-U." } },
  { code: "USA.PW.ENV", destination: "usa", name: { en: "Priority Worldwide envelope USA", fr: "Priorité Mondial enveloppe É.-U." } },
  { code: "USA.PW.PAK", destination: "usa", name: { en: "Priority Worldwide pak USA", fr: "Priorité Mondial paquet É.-U." } },
  { code: "USA.XP", destination: "usa", name: { en: "Xpresspost USA", fr: "Xpresspost É.-U." } },
  { code: "USA.EP", destination: "usa", name: { en: "Expedited Parcel USA", fr: "Colis accélérés É.-U." } },
  { code: "USA.TP", destination: "usa", name: { en: "Tracked Packet USA", fr: "Paquet repérable É.-U." } },
  { code: "USA.SP.AIR", destination: "usa", name: { en: "Small Packet USA Air", fr: "Petit paquet Avion É.-U." } },
  { code: "INT.PW.PARCEL", destination: "international", name: { en: "Priority Worldwide parcel", fr: "Priorité Mondial colis" } },
  { code: "INT.PW.ENV", destination: "international", name: { en: "Priority Worldwide envelope", fr: "Priorité Mondial enveloppe" } },
  { code: "INT.PW.PAK", destination: "international", name: { en: "Priority Worldwide pak", fr: "Priorité Mondial paquet" } },
  { code: "INT.XP", destination: "international", name: { en: "Xpresspost International", fr: "Xpresspost International" } },
  { code: "INT.IP.AIR", destination: "international", name: { en: "International Parcel Air", fr: "Colis international par avion" } },
  { code: "INT.IP.SURF", destination: "international", name: { en: "International Parcel Surface", fr: "Colis international par voie de surface" } },
  { code: "INT.TP", destination: "international", name: { en: "Tracked Packet International", fr: "Paquet repérable International" } },
  { code: "INT.SP.AIR", destination: "international", name: { en: "Small Packet International Air", fr: "Petit paquet International par avion" } },
  { code: "INT.SP.SURF", destination: "international", name: { en: "Small Packet International Surface", fr: "Petit paquet International par voie de surface" } },
];

export const SERVICE_CODES = SERVICES.map((s) => s.code);

export function serviceInfo(code: string): ServiceInfo | undefined {
  return SERVICES.find((s) => s.code === code);
}
