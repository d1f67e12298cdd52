/**
 * The domestic rate-code model: its parameter types and the pure functions that turn a lane's
 * features into a rate code. Shared by the runtime (rate-code.ts) and the calibration
 * (calibration.ts), so that what is calibrated is exactly what runs. See SOURCE.md.
 *
 * Two steps:
 * 1. The letter (A..H) comes from a 4 x 3 table indexed by a distance band and a remoteness level:
 *    band  = thresholds on u = ln(km + offset) + crossProvince·[ends in two provinces]
 *            - corridor·[both ends in Ontario/Quebec] + territoryEnd·(number of ends in YT/NT/NU)
 *    level = thresholds on v = sum over both ends of
 *            rural·[rural FSA] + territory·[YT/NT/NU] + isolation·ln(1 + km to nearest centre / scale)
 *    The table is monotone (a higher band or level never gives an earlier letter), so a farther
 *    or more remote lane never gets an earlier letter, all else equal.
 * 2. The digit: within the letter, the code whose prototype lane (the lane type of its calibration
 *    example: provinces, regions, kind of place at each end, distance) is most similar.
 * Lanes to or from the fly-in Arctic (Nunavut, Nunavik) are J1 or J2 (see arcticCode).
 */
import type { ProvinceCode } from "@/lib/addresses/provinces";

export const LETTERS = ["A", "B", "C", "D", "E", "F", "G", "H"] as const;
export type Letter = (typeof LETTERS)[number];

/** What kind of place an FSA is: a centre (a city with its own network), another urban FSA, or rural. */
export const PLACE_KINDS = ["centre", "town", "rural"] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** Regions for the digit's similarity: Atlantic, Quebec, Ontario, Prairies, BC, North. */
export type Region = "ATL" | "QC" | "ON" | "PR" | "BC" | "NORTH";
export const REGION_OF: Readonly<Record<ProvinceCode, Region>> = {
  NL: "ATL", NS: "ATL", PE: "ATL", NB: "ATL", QC: "QC", ON: "ON", MB: "PR", SK: "PR", AB: "PR", BC: "BC",
  YT: "NORTH", NT: "NORTH", NU: "NORTH",
};

export interface PrototypeEnd {
  readonly province: ProvinceCode;
  readonly kind: PlaceKind;
}

/** The lane type of one calibration example, standing for its rate code. */
export interface Prototype {
  readonly code: string;
  readonly origin: PrototypeEnd;
  readonly destination: PrototypeEnd;
  /** Distance between the FSA points, km (rounded). */
  readonly distanceKm: number;
}

export interface RateCodeModelParams {
  /** Where the parameters come from (calibration examples, date of the price list). */
  readonly source: string;
  readonly band: {
    readonly offsetKm: number;
    readonly crossProvince: number;
    readonly corridor: number;
    readonly territoryEnd: number;
    /** Upper bounds of bands 0, 1 and 2 (band 3 is above the last). */
    readonly thresholds: readonly [number, number, number];
  };
  readonly level: {
    readonly rural: number;
    readonly territory: number;
    readonly isolation: number;
    readonly isolationScaleKm: number;
    /** Upper bounds of levels 0 and 1 (level 2 is above the last). */
    readonly thresholds: readonly [number, number];
  };
  /** letters[band][level]. */
  readonly letters: readonly (readonly Letter[])[];
  /** Weights of the digit's similarity (each term is 0 or 1 per end, or a distance in ln units). */
  readonly digitWeights: {
    readonly province: number;
    readonly region: number;
    readonly kind: number;
    readonly crossProvince: number;
    readonly logDistance: number;
  };
  /** One prototype per rate code, A1..H5. */
  readonly prototypes: readonly Prototype[];
  /** Fly-in Arctic lanes: J1 up to this distance, J2 beyond. */
  readonly arcticJ1MaxKm: number;
}

/** u from its parts: ln(km + offset), the provincial border, the ON/QC corridor and the territorial ends. */
export function bandScore(
  p: RateCodeModelParams["band"],
  distanceKm: number,
  crossProvince: boolean,
  corridor: boolean,
  territoryEnds: number,
): number {
  return (
    Math.log(distanceKm + p.offsetKm) +
    (crossProvince ? p.crossProvince : 0) -
    (corridor ? p.corridor : 0) +
    p.territoryEnd * territoryEnds
  );
}

/** One end's contribution to v. */
export function endLevelScore(p: RateCodeModelParams["level"], rural: boolean, territory: boolean, centreKm: number): number {
  return (rural ? p.rural : 0) + (territory ? p.territory : 0) + p.isolation * Math.log(1 + centreKm / p.isolationScaleKm);
}

export function bandOf(p: RateCodeModelParams["band"], u: number): number {
  const [t0, t1, t2] = p.thresholds;
  return u < t0 ? 0 : u < t1 ? 1 : u < t2 ? 2 : 3;
}

export function levelOf(p: RateCodeModelParams["level"], v: number): number {
  const [t0, t1] = p.thresholds;
  return v < t0 ? 0 : v < t1 ? 1 : 2;
}

/** The model's letter index (0 = A .. 7 = H) for a lane's scores. */
export function letterIndexOf(params: RateCodeModelParams, u: number, v: number): number {
  return LETTERS.indexOf(params.letters[bandOf(params.band, u)]![levelOf(params.level, v)]!);
}

/** What the digit's similarity compares, and the rest of a lane's features. */
export interface LaneFeatures {
  originProvince: ProvinceCode;
  destinationProvince: ProvinceCode;
  originKind: PlaceKind;
  destinationKind: PlaceKind;
  distanceKm: number;
  originRural: boolean;
  destinationRural: boolean;
  originTerritory: boolean;
  destinationTerritory: boolean;
  /** km from each end's point to the nearest centre. */
  originCentreKm: number;
  destinationCentreKm: number;
  /** Either end in the fly-in Arctic (and the two ends are different FSAs). */
  arctic: boolean;
}

interface CompiledPrototype {
  readonly code: string;
  readonly originProvince: ProvinceCode;
  readonly destinationProvince: ProvinceCode;
  readonly originRegion: Region;
  readonly destinationRegion: Region;
  readonly originKind: PlaceKind;
  readonly destinationKind: PlaceKind;
  readonly crossProvince: boolean;
  readonly logDistance: number;
}

/** Parameters with the prototypes grouped by letter and their logarithms taken, once. */
export interface CompiledModel {
  readonly params: RateCodeModelParams;
  readonly byLetter: readonly (readonly CompiledPrototype[])[];
}

const logDistance = (km: number) => Math.log(km + 10);

export function compileModel(params: RateCodeModelParams, prototypes: readonly Prototype[] = params.prototypes): CompiledModel {
  const byLetter: CompiledPrototype[][] = LETTERS.map(() => []);
  const sorted = [...prototypes].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  for (const p of sorted) {
    const index = LETTERS.indexOf(p.code[0] as Letter);
    if (index < 0) continue;
    byLetter[index]!.push({
      code: p.code,
      originProvince: p.origin.province,
      destinationProvince: p.destination.province,
      originRegion: REGION_OF[p.origin.province],
      destinationRegion: REGION_OF[p.destination.province],
      originKind: p.origin.kind,
      destinationKind: p.destination.kind,
      crossProvince: p.origin.province !== p.destination.province,
      logDistance: logDistance(p.distanceKm),
    });
  }
  return { params, byLetter };
}

/**
 * The code of the letter whose prototype is most similar to the lane: +weight for each end whose
 * province, region or kind of place matches, +weight when both are (or both are not) between two
 * provinces, -weight per unit of |ln(km + 10)| difference. Ties go to the lower code. Null when
 * the letter has no prototype.
 */
export function closestCode(model: CompiledModel, letterIndex: number, f: LaneFeatures): string | null {
  const w = model.params.digitWeights;
  const oRegion = REGION_OF[f.originProvince];
  const dRegion = REGION_OF[f.destinationProvince];
  const cross = f.originProvince !== f.destinationProvince;
  const logD = logDistance(f.distanceKm);
  let best: string | null = null;
  let bestScore = -Infinity;
  for (const p of model.byLetter[letterIndex] ?? []) {
    let s = 0;
    if (p.originProvince === f.originProvince) s += w.province;
    if (p.destinationProvince === f.destinationProvince) s += w.province;
    if (p.originRegion === oRegion) s += w.region;
    if (p.destinationRegion === dRegion) s += w.region;
    if (p.originKind === f.originKind) s += w.kind;
    if (p.destinationKind === f.destinationKind) s += w.kind;
    if (p.crossProvince === cross) s += w.crossProvince;
    s -= w.logDistance * Math.abs(logD - p.logDistance);
    if (s > bestScore) {
      bestScore = s;
      best = p.code;
    }
  }
  return best;
}

/** u of a lane: the distance band's score (see the file comment). */
export function laneU(params: RateCodeModelParams, f: LaneFeatures): number {
  return bandScore(
    params.band,
    f.distanceKm,
    f.originProvince !== f.destinationProvince,
    inCorridor(f.originProvince) && inCorridor(f.destinationProvince),
    (f.originTerritory ? 1 : 0) + (f.destinationTerritory ? 1 : 0),
  );
}

/** v of a lane: the remoteness level's score (see the file comment). */
export function laneV(params: RateCodeModelParams, f: LaneFeatures): number {
  return (
    endLevelScore(params.level, f.originRural, f.originTerritory, f.originCentreKm) +
    endLevelScore(params.level, f.destinationRural, f.destinationTerritory, f.destinationCentreKm)
  );
}

/** The model's rate code for a lane: J1/J2 for the fly-in Arctic, else letter then digit. */
export function codeForLane(model: CompiledModel, f: LaneFeatures): string {
  const params = model.params;
  if (f.arctic) return arcticCode(params, f.distanceKm);
  const letterIndex = letterIndexOf(params, laneU(params, f), laneV(params, f));
  // A letter without a prototype cannot happen with a calibrated model (tests check it).
  return closestCode(model, letterIndex, f) ?? `${LETTERS[letterIndex]}1`;
}

/** J1 up to the configured distance, J2 beyond (uncalibrated: no J example exists, see SOURCE.md). */
export function arcticCode(params: Pick<RateCodeModelParams, "arcticJ1MaxKm">, distanceKm: number): "J1" | "J2" {
  return distanceKm <= params.arcticJ1MaxKm ? "J1" : "J2";
}

/** Ontario and Quebec: the Windsor-Quebec City corridor is served by the densest network. */
export function inCorridor(province: ProvinceCode): boolean {
  return province === "ON" || province === "QC";
}

/** Place kind from the FSA's facts: rural code, else a centre (0 km from one), else a town. */
export function placeKind(rural: boolean, centreKm: number): PlaceKind {
  return rural ? "rural" : centreKm === 0 ? "centre" : "town";
}
