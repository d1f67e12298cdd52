/**
 * The domestic rate code (A1..H5, J1, J2) Canada Post would assign to a lane, from the calibrated
 * model (model.ts, model-params.ts; see SOURCE.md for how good it is). On the rating hot path:
 * inputs are parsed without allocating, per-FSA data is derived once, and results are cached per
 * (origin FSA, destination FSA) pair.
 */
import { FSA_SLOTS, fsaSlot, slotFsa } from "./geo";
import { emptyLaneFeatures, laneFeatures } from "./lane-features";
import { bandOf, codeForLane, compileModel, laneU, laneV, levelOf, type CompiledModel, type LaneFeatures } from "./model";
import { RATE_CODE_MODEL } from "./model-params";

let compiled: CompiledModel | null = null;
const model = () => (compiled ??= compileModel(RATE_CODE_MODEL));

// One scratch object for the hot path (JavaScript runs one call at a time).
const scratch = emptyLaneFeatures();

/**
 * Cache of codes by origin slot x FSA_SLOTS + destination slot. Bounded: cleared when full, which
 * is cheap and keeps memory flat (a quote mix has far fewer distinct FSA pairs than this).
 */
const CACHE_LIMIT = 50_000;
const cache = new Map<number, string>();

/**
 * Canada Post's domestic rate code for parcels from one postal code to another, as the model
 * predicts it: "A1".."H5", or "J1"/"J2" for lanes to or from the fly-in Arctic (Nunavut, Nunavik).
 * Accepts full postal codes in any case and spacing ("K1A 0B1", "k1a0b1", "K1A-0B1") or bare FSAs
 * ("K1A"). Null only when either side is not a Canadian postal code or FSA; FSAs missing from the
 * FSA data get a fallback point (see geo.ts), never an error.
 *
 * Priority (DOM.PC) has no J codes: a J lane means "Priority not offered", which the caller sees as
 * a code missing from the service's table.
 */
export function domesticRateCode(originPostalCode: string, destinationPostalCode: string): string | null {
  const o = fsaSlot(originPostalCode);
  const d = fsaSlot(destinationPostalCode);
  if (o < 0 || d < 0) return null;
  const key = o * FSA_SLOTS + d;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const code = codeForLane(model(), laneFeatures(o, d, scratch));
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, code);
  return code;
}

export interface RateCodeExplanation {
  readonly originFsa: string;
  readonly destinationFsa: string;
  readonly features: Readonly<LaneFeatures>;
  /** The band score u and the remoteness score v, with the band (0-3) and level (0-2) they fall in. */
  readonly u: number;
  readonly v: number;
  readonly band: number;
  readonly level: number;
  readonly code: string;
}

/** How the model reached a lane's code (for support and debugging); null like domesticRateCode. */
export function explainDomesticRateCode(originPostalCode: string, destinationPostalCode: string): RateCodeExplanation | null {
  const o = fsaSlot(originPostalCode);
  const d = fsaSlot(destinationPostalCode);
  if (o < 0 || d < 0) return null;
  const features = laneFeatures(o, d);
  const params = model().params;
  const u = laneU(params, features);
  const v = laneV(params, features);
  return {
    originFsa: slotFsa(o),
    destinationFsa: slotFsa(d),
    features,
    u,
    v,
    band: bandOf(params.band, u),
    level: levelOf(params.level, v),
    code: codeForLane(model(), features),
  };
}
