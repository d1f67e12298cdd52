/**
 * Forward sortation areas (FSAs, the first three characters of a postal code) as points with the
 * few geographic facts the rate-code model and the delivery lanes need. Pure: everything comes from
 * CA_FSA (GeoNames centroids, see lib/addresses/data/SOURCE.md) and is derived once, lazily.
 *
 * Every syntactically valid FSA has a "slot" (0..3599) so that the hot path works on small integers
 * and typed arrays instead of strings and objects.
 */
import { CA_FSA } from "@/lib/addresses/data/ca-fsa";
import type { ProvinceCode } from "@/lib/addresses/provinces";

// Letters Canada Post uses: D, F, I, O, Q and U never; W and Z never first.
const FIRST_LETTERS = "ABCEGHJKLMNPRSTVXY";
const OTHER_LETTERS = "ABCEGHJKLMNPRSTVWXYZ";
/** Number of possible FSA codes (18 first letters x 10 digits x 20 third letters). */
export const FSA_SLOTS = FIRST_LETTERS.length * 10 * OTHER_LETTERS.length;

// Character code -> index in the letter sets (-1 when not allowed); lower case folded here.
const FIRST_INDEX = letterIndex(FIRST_LETTERS);
const OTHER_INDEX = letterIndex(OTHER_LETTERS);

function letterIndex(letters: string): Int8Array {
  const index = new Int8Array(128).fill(-1);
  for (let i = 0; i < letters.length; i++) {
    index[letters.charCodeAt(i)] = i;
    index[letters.toLowerCase().charCodeAt(i)] = i;
  }
  return index;
}

const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);
const digitAt = (s: string, i: number) => {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57 ? c - 48 : -1;
};
const indexAt = (table: Int8Array, s: string, i: number) => {
  const c = s.charCodeAt(i);
  return c < 128 ? table[c]! : -1;
};

/**
 * The slot of the FSA of a postal code ("K1A 0B1", "k1a0b1", "K1A-0B1") or of a bare FSA ("K1A"),
 * or -1 when the text is not one (wrong pattern or a letter Canada Post never uses). Case and
 * surrounding spaces are forgiven, as are spaces and one hyphen between the two halves (the same
 * leniency as normalizeCanadianPostalCode). Allocates nothing: it is on the rating hot path.
 */
export function fsaSlot(input: string): number {
  if (typeof input !== "string") return -1;
  let start = 0;
  let end = input.length;
  while (start < end && isSpace(input.charCodeAt(start))) start++;
  while (end > start && isSpace(input.charCodeAt(end - 1))) end--;
  if (end - start < 3) return -1;
  const a = indexAt(FIRST_INDEX, input, start);
  const digit = digitAt(input, start + 1);
  const b = indexAt(OTHER_INDEX, input, start + 2);
  if (a < 0 || digit < 0 || b < 0) return -1;
  let i = start + 3;
  if (i < end) {
    // The local delivery unit: digit, letter, digit, after optional spaces and at most one hyphen.
    while (i < end && isSpace(input.charCodeAt(i))) i++;
    if (i < end && input.charCodeAt(i) === 45) i++;
    while (i < end && isSpace(input.charCodeAt(i))) i++;
    if (end - i !== 3 || digitAt(input, i) < 0 || indexAt(OTHER_INDEX, input, i + 1) < 0 || digitAt(input, i + 2) < 0) {
      return -1;
    }
  }
  return (a * 10 + digit) * OTHER_LETTERS.length + b;
}

// Slot arithmetic, so that hot-path checks need no string.
const PER_FIRST = 10 * OTHER_LETTERS.length;
const TERRITORY_FIRST = new Set([FIRST_LETTERS.indexOf("X"), FIRST_LETTERS.indexOf("Y")]);
/** Whether the slot's FSA has a 0 in second place. */
export function slotIsRural(slot: number): boolean {
  return Math.floor(slot / OTHER_LETTERS.length) % 10 === 0;
}
/** Whether the slot's FSA is in a territory (first letter X or Y). */
export function slotIsTerritory(slot: number): boolean {
  return TERRITORY_FIRST.has(Math.floor(slot / PER_FIRST));
}

/** "K1A 0B1", "k1a0b1", "K1A" -> "K1A"; null when it is not a Canadian postal code or FSA. */
export function normalizeFsa(input: string): string | null {
  const slot = fsaSlot(input);
  return slot < 0 ? null : slotFsa(slot);
}

/** The FSA code of a slot ("K1A"). */
export function slotFsa(slot: number): string {
  const b = slot % OTHER_LETTERS.length;
  const rest = (slot - b) / OTHER_LETTERS.length;
  const digit = rest % 10;
  return FIRST_LETTERS[(rest - digit) / 10]! + String(digit) + OTHER_LETTERS[b]!;
}

// --- Facts read from the code itself -----------------------------------------------------------

const PROVINCE_BY_FIRST_LETTER: Readonly<Record<string, ProvinceCode>> = {
  A: "NL", B: "NS", C: "PE", E: "NB", G: "QC", H: "QC", J: "QC", K: "ON", L: "ON", M: "ON", N: "ON", P: "ON",
  R: "MB", S: "SK", T: "AB", V: "BC", X: "NT", Y: "YT",
};
const NUNAVUT_FSAS = new Set(["X0A", "X0B", "X0C"]);

/** The province the first letter names (X0A, X0B and X0C are Nunavut, other X FSAs the NWT). */
export function provinceOfFsaCode(fsa: string): ProvinceCode {
  return NUNAVUT_FSAS.has(fsa) ? "NU" : PROVINCE_BY_FIRST_LETTER[fsa[0]!]!;
}

/** A 0 in second place means a rural FSA (served by rural routes and small post offices). */
export function isRuralFsa(postalCodeOrFsa: string): boolean {
  const slot = fsaSlot(postalCodeOrFsa);
  return slot >= 0 && slotIsRural(slot);
}

/** Yukon, Northwest Territories and Nunavut (first letter X or Y). */
export function isTerritoryFsa(postalCodeOrFsa: string): boolean {
  const slot = fsaSlot(postalCodeOrFsa);
  return slot >= 0 && slotIsTerritory(slot);
}

/**
 * Arctic communities reached only by air (or the summer sealift): all of Nunavut and Nunavik
 * (northern Quebec, J0M). The rate-code model sends lanes to and from them to the J codes.
 */
const FLY_IN_ARCTIC_FSAS = ["X0A", "X0B", "X0C", "J0M"];
const FLY_IN_ARCTIC_SLOTS = new Set(FLY_IN_ARCTIC_FSAS.map(fsaSlot));
export function isFlyInArcticFsa(postalCodeOrFsa: string): boolean {
  return FLY_IN_ARCTIC_SLOTS.has(fsaSlot(postalCodeOrFsa));
}
export function slotIsFlyInArctic(slot: number): boolean {
  return FLY_IN_ARCTIC_SLOTS.has(slot);
}

/** Labrador (mainland Newfoundland and Labrador), with the mixed Northern Peninsula/Labrador coast FSA A0K. */
const LABRADOR_SLOTS = new Set(["A0K", "A0P", "A0R", "A2V"].map(fsaSlot));

// --- Derived per-FSA data -----------------------------------------------------------------------

/**
 * A "centre" is an urban FSA with at least this many urban FSA centroids (itself included) within
 * CENTRE_RADIUS_KM: a city large enough to have its own sorting and delivery network. Distances to
 * the nearest centre measure how isolated a place is.
 */
export const CENTRE_MIN_URBAN_FSAS = 5;
export const CENTRE_RADIUS_KM = 25;
/** Rural FSAs at least this far from a centre, or north of FAR_NORTH_LAT, count as remote. */
export const REMOTE_RURAL_CENTRE_KM = 200;
export const FAR_NORTH_LAT = 55;

const EARTH_RADIUS_KM = 6371.0088; // IUGG mean radius
const RAD = Math.PI / 180;

export interface LatLon {
  readonly lat: number;
  readonly lon: number;
}

/** Great-circle (haversine) distance in km between two points given in degrees. */
export function distanceKm(a: LatLon, b: LatLon): number {
  return haversineRad(a.lat * RAD, a.lon * RAD, Math.cos(a.lat * RAD), b.lat * RAD, b.lon * RAD, Math.cos(b.lat * RAD));
}

function haversineRad(lat1: number, lon1: number, cos1: number, lat2: number, lon2: number, cos2: number): number {
  const sLat = Math.sin((lat2 - lat1) / 2);
  const sLon = Math.sin((lon2 - lon1) / 2);
  const h = sLat * sLat + cos1 * cos2 * sLon * sLon;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h < 1 ? h : 1));
}

/** How an FSA's point was found. */
export type FsaSource = "data" | "prefix2" | "prefix1";

export interface FsaPoint extends LatLon {
  readonly fsa: string;
  readonly province: ProvinceCode;
  /** "data": its own centroid; "prefix2"/"prefix1": missing from the data, see fsaPoint. */
  readonly source: FsaSource;
  readonly rural: boolean;
  /** Distance from the point to the nearest centre (0 for a centre itself). */
  readonly centreKm: number;
}

// Slot-indexed tables, filled lazily (the FSA data once, fallbacks on first use).
let tables: {
  filled: Uint8Array; // 0 unknown yet, 1 filled
  lat: Float64Array;
  lon: Float64Array;
  latRad: Float64Array;
  lonRad: Float64Array;
  cosLat: Float64Array;
  centreKm: Float64Array;
  source: Uint8Array; // 0 data, 1 prefix2, 2 prefix1
  province: (ProvinceCode | undefined)[];
  prefix: Map<string, { lat: number; lon: number }>;
  centres: Float64Array; // latRad, lonRad, cosLat triplets
} | null = null;

function init() {
  if (tables) return tables;
  const filled = new Uint8Array(FSA_SLOTS);
  const lat = new Float64Array(FSA_SLOTS);
  const lon = new Float64Array(FSA_SLOTS);
  const latRad = new Float64Array(FSA_SLOTS);
  const lonRad = new Float64Array(FSA_SLOTS);
  const cosLat = new Float64Array(FSA_SLOTS);
  const centreKm = new Float64Array(FSA_SLOTS);
  const source = new Uint8Array(FSA_SLOTS);
  const province: (ProvinceCode | undefined)[] = new Array<ProvinceCode | undefined>(FSA_SLOTS);

  const known: number[] = [];
  const sums = new Map<string, { lat: number; lon: number; n: number }>();
  for (const [fsa, [prov, , la, lo]] of Object.entries(CA_FSA)) {
    const slot = fsaSlot(fsa);
    if (slot < 0) continue; // not a code Canada Post uses (none today): keep it out of the tables
    known.push(slot);
    filled[slot] = 1;
    lat[slot] = la;
    lon[slot] = lo;
    latRad[slot] = la * RAD;
    lonRad[slot] = lo * RAD;
    cosLat[slot] = Math.cos(la * RAD);
    province[slot] = prov;
    for (const key of [fsa.slice(0, 2), fsa[0]!]) {
      const s = sums.get(key) ?? { lat: 0, lon: 0, n: 0 };
      s.lat += la;
      s.lon += lo;
      s.n++;
      sums.set(key, s);
    }
  }
  const prefix = new Map([...sums].map(([k, s]) => [k, { lat: s.lat / s.n, lon: s.lon / s.n }]));

  // Centres: urban FSAs with enough urban neighbours. A grid of 0.25° x 0.5° cells limits each
  // FSA's candidates to the cells that can hold points within the radius.
  const LAT_CELL = 0.25; // about 28 km, more than the radius
  const LON_CELL = 0.5;
  const cellKey = (la: number, lo: number) => Math.floor(la / LAT_CELL) * 4096 + Math.floor(lo / LON_CELL);
  const grid = new Map<number, number[]>();
  const urban = known.filter((slot) => !slotIsRural(slot));
  for (const s of urban) {
    const key = cellKey(lat[s]!, lon[s]!);
    const cell = grid.get(key);
    if (cell) cell.push(s);
    else grid.set(key, [s]);
  }
  const centreSlots: number[] = [];
  for (const s of urban) {
    const latCell = Math.floor(lat[s]! / LAT_CELL);
    const lonCell = Math.floor(lon[s]! / LON_CELL);
    const lonSpan = Math.ceil(CENTRE_RADIUS_KM / (111.0 * Math.max(0.1, cosLat[s]!) * LON_CELL));
    let count = 0;
    for (let a = latCell - 1; a <= latCell + 1; a++)
      for (let b = lonCell - lonSpan; b <= lonCell + lonSpan; b++)
        for (const t of grid.get(a * 4096 + b) ?? []) {
          // Equirectangular: exact to well under 1% at 25 km, and no trigonometry per pair.
          const dy = latRad[t]! - latRad[s]!;
          const dx = (lonRad[t]! - lonRad[s]!) * cosLat[s]!;
          if ((dx * dx + dy * dy) * EARTH_RADIUS_KM * EARTH_RADIUS_KM <= CENTRE_RADIUS_KM * CENTRE_RADIUS_KM) count++;
        }
    if (count >= CENTRE_MIN_URBAN_FSAS) centreSlots.push(s);
  }
  centreSlots.sort((x, y) => lat[x]! - lat[y]!);
  const centres = new Float64Array(centreSlots.length * 3);
  centreSlots.forEach((s, k) => {
    centres[3 * k] = latRad[s]!;
    centres[3 * k + 1] = lonRad[s]!;
    centres[3 * k + 2] = cosLat[s]!;
  });
  tables = { filled, lat, lon, latRad, lonRad, cosLat, centreKm, source, province, prefix, centres };
  const isCentre = new Set(centreSlots);
  for (const slot of known) centreKm[slot] = isCentre.has(slot) ? 0 : nearestCentreKm(latRad[slot]!, lonRad[slot]!, cosLat[slot]!);
  return tables;
}

/** Nearest centre: centres are sorted by latitude, so the scan stops once the latitude gap alone exceeds the best. */
function nearestCentreKm(latR: number, lonR: number, cosL: number): number {
  const centres = tables!.centres;
  const n = centres.length / 3;
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (centres[3 * mid]! < latR) lo = mid + 1;
    else hi = mid;
  }
  let best = Infinity;
  const R = EARTH_RADIUS_KM;
  // A centre whose latitude gap alone exceeds the best cannot be nearer; nor one whose longitude gap
  // alone does: the haversine gives d >= 2R·min(cos lat)·sin(dLon/2) >= R·min(cos lat)·dLon·2/π.
  const tryCentre = (k: number) => {
    const cLat = centres[3 * k]!;
    const dLon = Math.abs(centres[3 * k + 1]! - lonR);
    if (dLon * Math.min(cosL, centres[3 * k + 2]!) * R * (2 / Math.PI) >= best) return;
    const d = haversineRad(latR, lonR, cosL, cLat, centres[3 * k + 1]!, centres[3 * k + 2]!);
    if (d < best) best = d;
  };
  for (let k = lo; k < n && (centres[3 * k]! - latR) * R < best; k++) tryCentre(k);
  for (let k = lo - 1; k >= 0 && (latR - centres[3 * k]!) * R < best; k--) tryCentre(k);
  return best;
}

/**
 * Fills a slot missing from the FSA data (new or unlisted FSAs, such as L7K or S7W): its point is
 * the mean centroid of the FSAs sharing its first two characters ("L7"), else of those sharing its
 * first letter ("L"); every first letter Canada Post uses has FSAs in the data, so there is always
 * one. The province comes from the first letter; rural from the second character.
 */
function fillMissing(slot: number) {
  const t = tables!;
  const fsa = slotFsa(slot);
  const two = t.prefix.get(fsa.slice(0, 2));
  const point = two ?? t.prefix.get(fsa[0]!) ?? { lat: 56, lon: -96 }; // geographic centre of Canada, never expected
  t.lat[slot] = point.lat;
  t.lon[slot] = point.lon;
  t.latRad[slot] = point.lat * RAD;
  t.lonRad[slot] = point.lon * RAD;
  t.cosLat[slot] = Math.cos(point.lat * RAD);
  t.source[slot] = two ? 1 : 2;
  t.province[slot] = provinceOfFsaCode(fsa);
  t.centreKm[slot] = nearestCentreKm(t.latRad[slot]!, t.lonRad[slot]!, t.cosLat[slot]!);
  t.filled[slot] = 1;
}

/** Makes sure a valid slot's data is there; returns the tables. */
function ready(slot: number) {
  const t = init();
  if (t.filled[slot] === 0) fillMissing(slot);
  return t;
}

/**
 * Derives the per-FSA tables now rather than on the first lookup (about 30-40 ms of one-off work,
 * mostly finding centres): call it at server start to keep that off the first quote.
 */
export function prepareFsaData(): void {
  init();
}

/** Great-circle distance in km between the points of two slots (both valid). */
export function slotDistanceKm(a: number, b: number): number {
  const t = ready(a);
  ready(b);
  return haversineRad(t.latRad[a]!, t.lonRad[a]!, t.cosLat[a]!, t.latRad[b]!, t.lonRad[b]!, t.cosLat[b]!);
}

/** Distance in km from a slot's point to the nearest centre. */
export function slotCentreKm(slot: number): number {
  return ready(slot).centreKm[slot]!;
}

export function slotProvince(slot: number): ProvinceCode {
  return ready(slot).province[slot]!;
}

/**
 * The point of an FSA (or of a postal code's FSA) with its province and isolation; null only when
 * the text is not a Canadian postal code or FSA. FSAs missing from the data get a fallback point
 * (see `source`), never an error.
 */
export function fsaPoint(postalCodeOrFsa: string): FsaPoint | null {
  const slot = fsaSlot(postalCodeOrFsa);
  if (slot < 0) return null;
  const t = ready(slot);
  const fsa = slotFsa(slot);
  return {
    fsa,
    province: t.province[slot]!,
    lat: t.lat[slot]!,
    lon: t.lon[slot]!,
    source: t.source[slot] === 0 ? "data" : t.source[slot] === 1 ? "prefix2" : "prefix1",
    rural: slotIsRural(slot),
    centreKm: t.centreKm[slot]!,
  };
}

/** Great-circle distance in km between the FSA centroids (or fallback points) of two postal codes or FSAs. */
export function fsaDistanceKm(a: string, b: string): number | null {
  const sa = fsaSlot(a);
  const sb = fsaSlot(b);
  return sa < 0 || sb < 0 ? null : slotDistanceKm(sa, sb);
}

/**
 * Whether deliveries to or from this FSA are "remote" (slow, often by air, few deliveries a week):
 * - the territories (X, Y) and the fly-in Arctic (Nunavik J0M);
 * - Labrador (A0K, A0P, A0R, A2V);
 * - rural FSAs in the far north (centroid north of 55°) or far from any centre (200 km or more),
 *   such as T0V (Fitzgerald), R0B (northern Manitoba) or P0V (Red Lake).
 * A town FSA (urban code) is never remote unless it is in the territories or Labrador: Fort St.
 * John or Thunder Bay are served like other cities.
 */
export function slotIsRemote(slot: number): boolean {
  if (slotIsTerritory(slot) || FLY_IN_ARCTIC_SLOTS.has(slot) || LABRADOR_SLOTS.has(slot)) return true;
  if (!slotIsRural(slot)) return false;
  const t = ready(slot);
  return t.lat[slot]! >= FAR_NORTH_LAT || t.centreKm[slot]! >= REMOTE_RURAL_CENTRE_KM;
}

/** slotIsRemote for a postal code or FSA (false when it is not one). */
export function isRemoteFsa(postalCodeOrFsa: string): boolean {
  const slot = fsaSlot(postalCodeOrFsa);
  return slot >= 0 && slotIsRemote(slot);
}
