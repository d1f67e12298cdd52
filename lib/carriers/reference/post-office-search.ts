/**
 * Free text to a point, for the reference post-office search: a postal code or FSA anywhere in the
 * text ("5000 rue Iberville, Montréal H2H 2S6"), else a city or place name ("Trois-Rivières",
 * "st. john's", "Richmond, BC") matched against the sample network's cities and the FSA table's
 * place names. Pure and offline.
 */
import { CA_FSA } from "@/lib/addresses/data/ca-fsa";
import { foldName } from "@/lib/addresses/locale";
import { isProvinceCode, provinceCodeFrom, type ProvinceCode } from "@/lib/addresses/provinces";
import { fsaPoint } from "@/lib/rating/zones";
import type { PostOfficeMatch } from "../types";
import { referencePostOffices, referencePostOfficesNear, type NearOptions } from "./post-offices";

export interface SearchPoint {
  lat: number;
  lon: number;
  /** What the text was read as: "H2H 2S6", "H2H" or "Trois-Rivières, QC". */
  label: string;
  kind: "postalCode" | "place";
  province: ProvinceCode;
}

// On folded text (upper case, no accents, single spaces). Letters Canada Post never uses are left out.
const POSTAL_CODE = /\b([ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]) ?(\d[ABCEGHJ-NPRSTV-Z]\d)\b/;
const FSA = /\b([ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z])\b/;

/** foldName, with "Saint"/"Sainte" as "St"/"Ste" ("Saint-Jérôme" = "St-Jerome"). */
function fold(text: string): string {
  return foldName(text).replace(/\bsainte\b/g, "ste").replace(/\bsaint\b/g, "st");
}

interface Area {
  fsa: string;
  province: ProvinceCode;
  city: string;
  foldedCity: string;
  /** The place name, whole and in its parts ("Calgary South (Altadore / Bankview / Richmond)"). */
  foldedPlace: string;
  parts: string[];
  lat: number;
  lon: number;
}

let areas: Area[] | null = null;

function allAreas(): Area[] {
  areas ??= referencePostOffices().map((o) => {
    const fsa = o.postalCode.slice(0, 3);
    const place = CA_FSA[fsa]?.[1] ?? "";
    const parts = place.split(/[()/,&]/).map(fold).filter(Boolean);
    return { fsa, province: o.province as ProvinceCode, city: o.city, foldedCity: fold(o.city), foldedPlace: fold(place), parts, lat: o.lat, lon: o.lon };
  });
  return areas;
}

// Best first: the city itself, a part of a place name, words within a place name.
const TIERS: ((a: Area, q: string) => boolean)[] = [
  (a, q) => a.foldedCity === q,
  (a, q) => a.parts.includes(q),
  (a, q) => ` ${a.foldedPlace} `.includes(` ${q} `),
];

function matchPlace(name: string, province: ProvinceCode | null): SearchPoint | null {
  const q = fold(name);
  if (q.length < 2) return null;
  for (const test of TIERS) {
    const groups = new Map<string, Area[]>();
    for (const a of allAreas()) {
      if (province && a.province !== province) continue;
      if (!test(a, q)) continue;
      const key = `${a.province}|${a.city}`;
      groups.set(key, [...(groups.get(key) ?? []), a]);
    }
    // A name in several provinces ("Richmond"): the one with the most FSAs.
    const best = [...groups.entries()].sort(([ka, a], [kb, b]) => b.length - a.length || ka.localeCompare(kb))[0]?.[1];
    if (!best) continue;
    const lat = best.reduce((sum, a) => sum + a.lat, 0) / best.length;
    const lon = best.reduce((sum, a) => sum + a.lon, 0) / best.length;
    return { lat, lon, label: `${best[0]!.city}, ${best[0]!.province}`, kind: "place", province: best[0]!.province };
  }
  return null;
}

/** "Richmond, BC" or "Richmond BC" -> the name and the province. */
function provinceHint(text: string): { name: string; province: ProvinceCode | null } {
  const comma = text.lastIndexOf(",");
  if (comma > 0) {
    const province = provinceCodeFrom(text.slice(comma + 1));
    if (province) return { name: text.slice(0, comma), province };
  }
  const code = /^(.*\S)\s+([a-z]{2})$/i.exec(text.trim());
  if (code && isProvinceCode(code[2]!.toUpperCase())) return { name: code[1]!, province: code[2]!.toUpperCase() as ProvinceCode };
  return { name: text, province: null };
}

/** Where the text points to, or null when it names no Canadian postal code or place. */
export function resolveSearchText(text: string): SearchPoint | null {
  const folded = foldName(text.slice(0, 200)).toUpperCase();
  const code = POSTAL_CODE.exec(folded);
  const fsa = code ? null : FSA.exec(folded);
  const found = code ? `${code[1]} ${code[2]}` : fsa?.[1];
  const point = found ? fsaPoint(found) : null;
  if (found && point) return { lat: point.lat, lon: point.lon, label: found, kind: "postalCode", province: point.province };

  // A city, or the last part of an address that names one ("5000 rue Iberville, Montréal").
  const { name, province } = provinceHint(text.slice(0, 200));
  const parts = name.split(",").map((p) => p.trim()).filter(Boolean);
  for (const candidate of [name, ...parts.reverse()]) {
    const place = matchPlace(candidate, province);
    if (place) return place;
  }
  return null;
}

/** The offices nearest what the text names, closest first; null when it names no place. */
export function searchReferencePostOffices(text: string, options: NearOptions = {}): { near: SearchPoint; offices: PostOfficeMatch[] } | null {
  const near = resolveSearchText(text);
  return near ? { near, offices: referencePostOfficesNear(near, options) } : null;
}
