/**
 * The reference carrier's post-office network: SAMPLE DATA, generated from the FSA list
 * (../shared/data/ca-fsa.csv via lib/addresses): one office per forward sortation area, at its
 * centroid, with a plausible address and hours. Deterministic (the same FSA always gives the same
 * office), pure, and labelled as sample data wherever it is shown. The live Canada Post connector
 * will answer with real offices through the same `findPostOffices` operation.
 */
import { CA_FSA } from "@/lib/addresses/data/ca-fsa";
import { cityFromPlace } from "@/lib/addresses/city-suggestion";
import { distanceKm, fsaPoint } from "@/lib/rating/zones";
import type { OpeningHours, PostOfficeMatch, PostOfficeRecord } from "../types";

/** A small deterministic hash (FNV-1a), so each FSA gets stable street numbers and letters. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const LDU_LETTERS = "ABCEGHJKLMNPRSTVWXYZ";
const STREETS_EN = ["Main St", "King St", "Queen St", "Centre St", "Church St", "Water St", "Park Ave", "Victoria St"];
const STREETS_FR = ["rue Principale", "rue Notre-Dame", "rue Saint-Jean", "boulevard Saint-Joseph", "rue de l'Église", "rue du Marché"];

function hours(rural: boolean, h: number): OpeningHours[] {
  const weekday = rural ? { open: "08:30", close: "17:00" } : { open: "09:00", close: h % 3 === 0 ? "20:00" : "17:30" };
  return Array.from({ length: 7 }, (_, day) =>
    day < 5 ? { day, ...weekday } : day === 5 && !rural ? { day, open: "10:00", close: "16:00" } : { day, open: null, close: null },
  );
}

let network: PostOfficeRecord[] | null = null;

/** Every office of the sample network (built once). */
export function referencePostOffices(): readonly PostOfficeRecord[] {
  if (network) return network;
  network = Object.entries(CA_FSA).flatMap(([fsa, [province, place, lat, lon]]) => {
    const city = cityFromPlace(fsa, place);
    if (!city) return [];
    const h = hash(fsa);
    const rural = fsa[1] === "0";
    const streets = province === "QC" ? STREETS_FR : STREETS_EN;
    const street = streets[h % streets.length]!;
    const number = 10 + (h % 990);
    const ldu = `${(h >>> 4) % 10}${LDU_LETTERS[(h >>> 8) % LDU_LETTERS.length]}${(h >>> 12) % 10}`;
    return [
      {
        id: `REF-${fsa}`,
        name: province === "QC" ? `Bureau de poste ${city}${rural ? "" : ` ${fsa}`}` : `${city}${rural ? "" : ` ${fsa}`} Post Office`,
        line1: province === "QC" ? `${number}, ${street}` : `${number} ${street}`,
        city,
        province,
        postalCode: `${fsa} ${ldu}`,
        lat,
        lon,
        hours: hours(rural, h),
        // Most offices hold Deliver to Post Office parcels; a few small rural ones do not.
        acceptsD2PO: !rural || h % 4 !== 0,
        sample: true,
      },
    ];
  });
  return network;
}

export function referencePostOffice(id: string): PostOfficeRecord | null {
  return referencePostOffices().find((o) => o.id === id) ?? null;
}

export interface NearOptions {
  limit?: number;
  d2poOnly?: boolean;
}

/** The offices nearest a point, closest first (distance in km, one decimal). */
export function referencePostOfficesNear(from: { lat: number; lon: number }, options: NearOptions = {}): PostOfficeMatch[] {
  return referencePostOffices()
    .filter((o) => !options.d2poOnly || o.acceptsD2PO)
    .map((o) => ({ ...o, distanceKm: Math.round(distanceKm(from, { lat: o.lat, lon: o.lon }) * 10) / 10 }))
    .sort((a, b) => a.distanceKm - b.distanceKm || a.id.localeCompare(b.id))
    .slice(0, options.limit ?? 10);
}

/** The offices nearest a Canadian postal code (or FSA), closest first; null for a code that is not Canadian. */
export function nearestReferencePostOffices(postalCode: string, options: NearOptions = {}): PostOfficeMatch[] | null {
  const point = fsaPoint(postalCode);
  return point ? referencePostOfficesNear({ lat: point.lat, lon: point.lon }, options) : null;
}
