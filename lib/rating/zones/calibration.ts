/**
 * Calibration of the rate-code model on the published examples, and the report that measures it.
 * Pure and deterministic (a seeded search): calibrate.ts is the command-line wrapper that reads the
 * CSV and writes the files; the tests re-run the report. See SOURCE.md.
 */
import { DOMESTIC_2022 } from "../data/2022/domestic";
import { fsaSlot, normalizeFsa } from "./geo";
import { laneFeatures } from "./lane-features";
import {
  bandOf,
  closestCode,
  codeForLane,
  compileModel,
  laneU,
  laneV,
  levelOf,
  LETTERS,
  type LaneFeatures,
  type Letter,
  type Prototype,
  type RateCodeModelParams,
} from "./model";

export interface RateCodeExample {
  readonly origin: string;
  readonly destination: string;
  readonly code: string;
}

/** domestic_rate_code_examples.csv (it quotes nothing): origin_postal_code,destination_postal_code,rate_code. */
export function parseExamplesCsv(text: string): RateCodeExample[] {
  const [head, ...lines] = text.trim().split(/\r?\n/);
  if (head?.trim() !== "origin_postal_code,destination_postal_code,rate_code") throw new Error(`unexpected header: ${head}`);
  return lines.map((line) => {
    const [origin, destination, code] = line.split(",").map((c) => c.trim());
    if (!origin || !destination || !code || !normalizeFsa(origin) || !normalizeFsa(destination) || !/^[A-HJ]\d$/.test(code)) {
      throw new Error(`bad example row: ${line}`);
    }
    return { origin, destination, code };
  });
}

// --- Price closeness ------------------------------------------------------------------------------

/** The yardstick for price closeness: small-business Regular Parcel, 1 kg, 2022 (cents). */
const RP = DOMESTIC_2022.small_business["DOM.RP"]!;
const ONE_KG = RP.weightStepsGrams.indexOf(1000);

export function regularParcel1kgCents(code: string): number {
  const price = RP.pricesCents[code]?.[ONE_KG];
  if (price === undefined) throw new Error(`no Regular Parcel price for rate code ${code}`);
  return price;
}

/** |price(predicted) - price(actual)| / price(actual), for 1 kg Regular Parcel. */
export function relativePriceError(predicted: string, actual: string): number {
  const real = regularParcel1kgCents(actual);
  return Math.abs(regularParcel1kgCents(predicted) - real) / real;
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

// --- The report -----------------------------------------------------------------------------------

export interface ExampleResult {
  readonly example: RateCodeExample;
  readonly predicted: string;
  readonly priceError: number;
}

export interface CalibrationReport {
  readonly examples: number;
  readonly exact: number;
  readonly letters: number;
  /** Median and mean relative error of the 1 kg Regular Parcel price, as fractions. */
  readonly medianPriceError: number;
  readonly meanPriceError: number;
  readonly results: readonly ExampleResult[];
}

export function report(examples: readonly RateCodeExample[], predict: (origin: string, destination: string) => string | null): CalibrationReport {
  const results = examples.map((example) => {
    const predicted = predict(example.origin, example.destination);
    if (predicted === null) throw new Error(`no rate code for ${example.origin} -> ${example.destination}`);
    return { example, predicted, priceError: relativePriceError(predicted, example.code) };
  });
  const errors = results.map((r) => r.priceError);
  return {
    examples: examples.length,
    exact: results.filter((r) => r.predicted === r.example.code).length,
    letters: results.filter((r) => r.predicted[0] === r.example.code[0]).length,
    medianPriceError: median(errors),
    meanPriceError: errors.reduce((a, b) => a + b, 0) / Math.max(1, errors.length),
    results,
  };
}

// --- Fixed choices (not calibrated) ----------------------------------------------------------------

/** ln(km + 10): 10 km keeps same-FSA lanes finite and flattens differences inside a city. */
const OFFSET_KM = 10;
/** Isolation is ln(1 + km to the nearest centre / 100 km). */
const ISOLATION_SCALE_KM = 100;
/** Fly-in Arctic lanes: J1 up to 2,000 km (e.g. Winnipeg or Montreal to Nunavut), J2 beyond. */
const ARCTIC_J1_MAX_KM = 2000;
const DIGIT_WEIGHT_GRID = [0, 0.5, 1, 2];
const SEED = 20220110; // the price guide's date
const RESTARTS = 20;
const ITERATIONS = 4000;

// --- Calibration ----------------------------------------------------------------------------------

interface Prepared {
  readonly example: RateCodeExample;
  readonly features: LaneFeatures;
  readonly letter: number;
}

function prepare(examples: readonly RateCodeExample[]): Prepared[] {
  return examples.map((example) => {
    const o = fsaSlot(example.origin);
    const d = fsaSlot(example.destination);
    if (o < 0 || d < 0) throw new Error(`not a Canadian postal code: ${example.origin} -> ${example.destination}`);
    const letter = LETTERS.indexOf(example.code[0] as Letter);
    if (letter < 0 || !RP.pricesCents[example.code]) throw new Error(`not a calibratable rate code: ${example.code}`);
    return { example, features: laneFeatures(o, d), letter };
  });
}

function prototypeOf(p: Prepared): Prototype {
  return {
    code: p.example.code,
    origin: { province: p.features.originProvince, kind: p.features.originKind },
    destination: { province: p.features.destinationProvince, kind: p.features.destinationKind },
    distanceKm: Math.round(p.features.distanceKm * 10) / 10,
  };
}

type DigitWeights = RateCodeModelParams["digitWeights"];

/** A model shell for the digit step only (the letter parts are unused there). */
function digitModel(weights: DigitWeights, prototypes: readonly Prototype[]) {
  return compileModel({ ...PLACEHOLDER, digitWeights: weights, prototypes }, prototypes);
}

const PLACEHOLDER: RateCodeModelParams = {
  source: "",
  band: { offsetKm: OFFSET_KM, crossProvince: 0, corridor: 0, territoryEnd: 0, thresholds: [0, 0, 0] },
  level: { rural: 0, territory: 0, isolation: 0, isolationScaleKm: ISOLATION_SCALE_KM, thresholds: [0, 0] },
  letters: [],
  digitWeights: { province: 0, region: 0, kind: 0, crossProvince: 0, logDistance: 0 },
  prototypes: [],
  arcticJ1MaxKm: ARCTIC_J1_MAX_KM,
};

/**
 * Digit weights, on a grid: first those with which the most examples get their own code back when
 * their letter is right (each example's prototype is then the closest of its letter); among those,
 * the ones whose leave-one-out choice (the example's own prototype removed, the true letter given)
 * is closest in price, which measures how well the digit generalises. Ties go to the first grid
 * point (smaller weights first).
 */
function calibrateDigitWeights(prepared: readonly Prepared[]): DigitWeights {
  const protos = prepared.map(prototypeOf);
  const all = digitModel(PLACEHOLDER.digitWeights, protos);
  const heldOut = prepared.map((_, i) => digitModel(PLACEHOLDER.digitWeights, protos.filter((_, j) => j !== i)));
  const withWeights = (m: ReturnType<typeof digitModel>, digitWeights: DigitWeights) => ({ params: { ...m.params, digitWeights }, byLetter: m.byLetter });
  let best: DigitWeights = PLACEHOLDER.digitWeights;
  let bestHits = -1;
  let bestError = Infinity;
  const g = DIGIT_WEIGHT_GRID;
  for (const province of g)
    for (const region of g)
      for (const kind of g)
        for (const crossProvince of g)
          for (const logDistance of g) {
            const weights = { province, region, kind, crossProvince, logDistance };
            let hits = 0;
            let error = 0;
            for (let i = 0; i < prepared.length; i++) {
              const p = prepared[i]!;
              if (closestCode(withWeights(all, weights), p.letter, p.features) === p.example.code) hits++;
              const code = closestCode(withWeights(heldOut[i]!, weights), p.letter, p.features);
              error += code === null ? 1 : relativePriceError(code, p.example.code);
            }
            if (hits > bestHits || (hits === bestHits && error < bestError)) {
              bestHits = hits;
              bestError = error;
              best = weights;
            }
          }
  return best;
}

/** The search's free parameters, in this order. */
const THETA = ["crossProvince", "corridor", "territoryEnd", "t0", "t1", "t2", "rural", "territory", "isolation", "v0", "v1"] as const;
type Theta = number[];

function paramsFromTheta(theta: Theta, letters: Letter[][], digitWeights: DigitWeights, prototypes: readonly Prototype[], source: string): RateCodeModelParams {
  const [crossProvince, corridor, territoryEnd, t0, t1, t2, rural, territory, isolation, v0, v1] = theta as [
    number, number, number, number, number, number, number, number, number, number, number,
  ];
  return {
    source,
    band: { offsetKm: OFFSET_KM, crossProvince, corridor, territoryEnd, thresholds: [t0, t1, t2] },
    level: { rural, territory, isolation, isolationScaleKm: ISOLATION_SCALE_KM, thresholds: [v0, v1] },
    letters,
    digitWeights,
    prototypes,
    arcticJ1MaxKm: ARCTIC_J1_MAX_KM,
  };
}

/** Keeps a parameter vector valid: thresholds ascending, remoteness weights non-negative. */
function repair(theta: Theta): Theta {
  theta[4] = Math.max(theta[4]!, theta[3]!);
  theta[5] = Math.max(theta[5]!, theta[4]!);
  theta[10] = Math.max(theta[10]!, theta[9]!);
  for (const j of [6, 7, 8]) theta[j] = Math.max(0, theta[j]!);
  return theta;
}

interface Scored {
  readonly score: number;
  readonly letters: Letter[][];
}

/**
 * Scores a parameter vector: the letter table is fitted to it (majority letter per cell, ties to
 * the smaller price error, then made monotone), then
 * score = 1000·exact codes + 100·letters - 10·sum of relative price errors + margin (at most 1)
 *         - 0.002·sum of |weights|,
 * where the margin rewards scores away from the thresholds (so the search settles in the middle of
 * a plateau rather than on its edge) and the last term breaks remaining ties towards small weights.
 */
function scoreTheta(theta: Theta, prepared: readonly Prepared[], codeAt: readonly (readonly string[])[], errorAt: readonly Float64Array[]): Scored {
  const params = paramsFromTheta(theta, [], PLACEHOLDER.digitWeights, [], "");
  const n = prepared.length;
  const cells = new Int32Array(n);
  const counts = new Float64Array(12 * 8);
  const errors = new Float64Array(12 * 8);
  let margin = 0;
  for (let i = 0; i < n; i++) {
    const f = prepared[i]!.features;
    const u = laneU(params, f);
    const v = laneV(params, f);
    const cell = bandOf(params.band, u) * 3 + levelOf(params.level, v);
    cells[i] = cell;
    counts[cell * 8 + prepared[i]!.letter]! += 1;
    for (let l = 0; l < 8; l++) errors[cell * 8 + l]! += errorAt[i]![l]!;
    const [t0, t1, t2] = params.band.thresholds;
    const [v0, v1] = params.level.thresholds;
    const mu = Math.min(Math.abs(u - t0), Math.abs(u - t1), Math.abs(u - t2));
    const mv = Math.min(Math.abs(v - v0), Math.abs(v - v1));
    margin += (Math.min(1, mu / 0.25) + Math.min(1, mv / 0.25)) / (2 * n);
  }
  const table: number[] = new Array<number>(12).fill(-1);
  for (let c = 0; c < 12; c++) {
    let best = -1;
    for (let l = 0; l < 8; l++) {
      const k = c * 8 + l;
      if (counts[k]! === 0) continue;
      if (best < 0 || counts[k]! > counts[c * 8 + best]! || (counts[k]! === counts[c * 8 + best]! && errors[k]! < errors[c * 8 + best]!)) best = l;
    }
    table[c] = best;
  }
  // Monotone in band and level; an empty cell takes the largest letter below or left of it (A if none).
  for (let b = 0; b < 4; b++)
    for (let l = 0; l < 3; l++) {
      const c = b * 3 + l;
      table[c] = Math.max(table[c]!, b > 0 ? table[c - 3]! : 0, l > 0 ? table[c - 1]! : 0);
    }
  let exact = 0;
  let letterHits = 0;
  let error = 0;
  for (let i = 0; i < n; i++) {
    const letter = table[cells[i]!]!;
    const code = codeAt[i]![letter]!;
    if (letter === prepared[i]!.letter) letterHits++;
    if (code === prepared[i]!.example.code) exact++;
    error += errorAt[i]![letter]!;
  }
  const letters = [0, 1, 2, 3].map((b) => [0, 1, 2].map((l) => LETTERS[table[b * 3 + l]!]!));
  // Among otherwise equal fits, prefer small weights (Occam): a weight only as large as the examples need.
  const size = Math.abs(theta[0]!) + Math.abs(theta[1]!) + Math.abs(theta[2]!) + theta[6]! + theta[7]! + theta[8]!;
  return { score: 1000 * exact + 100 * letterHits - 10 * error + margin - 0.002 * size, letters };
}

/** mulberry32: a small, well-mixed, seedable generator (Math.random cannot be seeded). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface CalibrationOptions {
  readonly restarts?: number;
  readonly iterations?: number;
  readonly seed?: number;
  readonly source?: string;
}

/** Rounds the search's values for the params file (the report is computed on the rounded model). */
const round3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Fits the model to the examples: digit weights on a grid (leave-one-out), then the letter
 * parameters by a seeded random local search with restarts (the score is piecewise constant, so
 * gradients are useless), accepting equal scores to walk plateaus.
 */
export function calibrate(examples: readonly RateCodeExample[], options: CalibrationOptions = {}): RateCodeModelParams {
  const prepared = prepare(examples);
  const prototypes = prepared.map(prototypeOf);
  const digitWeights = calibrateDigitWeights(prepared);
  const digits = digitModel(digitWeights, prototypes);
  // Code predicted for each example if the model said letter l: fixed during the letter search.
  const codeAt = prepared.map((p) => LETTERS.map((_, l) => closestCode(digits, l, p.features) ?? `${LETTERS[l]}1`));
  const errorAt = prepared.map((p, i) => Float64Array.from(codeAt[i]!, (code) => relativePriceError(code, p.example.code)));

  const random = prng(options.seed ?? SEED);
  const gauss = () => random() + random() + random() + random() + random() + random() - 3;
  const iterations = options.iterations ?? ITERATIONS;
  let best: Theta = [];
  let bestScored: Scored | null = null;
  for (let r = 0; r < (options.restarts ?? RESTARTS); r++) {
    let theta = repair([
      random(), random(), random(),
      4 + random(), 6.3 + 0.6 * random(), 7.3 + 0.6 * random(),
      random(), random(), random(),
      random(), 1 + random(),
    ]);
    let current = scoreTheta(theta, prepared, codeAt, errorAt);
    for (let it = 0; it < iterations; it++) {
      const scale = 0.6 * Math.pow(0.02, it / iterations);
      const next = theta.slice();
      const changes = 1 + Math.floor(random() * 3);
      for (let k = 0; k < changes; k++) {
        const j = Math.floor(random() * THETA.length);
        next[j] = next[j]! + gauss() * scale;
      }
      repair(next);
      const scored = scoreTheta(next, prepared, codeAt, errorAt);
      if (scored.score >= current.score) {
        theta = next;
        current = scored;
      }
    }
    if (!bestScored || current.score > bestScored.score) {
      best = theta;
      bestScored = current;
    }
  }
  const rounded = repair(best.map(round3));
  const letters = scoreTheta(rounded, prepared, codeAt, errorAt).letters;
  return paramsFromTheta(rounded, letters, digitWeights, prototypes, options.source ?? "calibration examples");
}

/** The report of a parameter set on examples (through the same codeForLane as the runtime). */
export function reportFor(params: RateCodeModelParams, examples: readonly RateCodeExample[]): CalibrationReport {
  const model = compileModel(params);
  return report(examples, (o, d) => {
    const so = fsaSlot(o);
    const sd = fsaSlot(d);
    return so < 0 || sd < 0 ? null : codeForLane(model, laneFeatures(so, sd));
  });
}

export interface LeaveOneOutReport {
  readonly examples: number;
  /** Always 0 here: each code has one example, so a held-out code is never among the prototypes. */
  readonly exact: number;
  readonly letters: number;
  readonly medianPriceError: number;
  readonly meanPriceError: number;
  readonly results: readonly ExampleResult[];
}

/** Leave-one-out: calibrate on all examples but one, predict that one; for each example. */
export function leaveOneOut(examples: readonly RateCodeExample[], options: CalibrationOptions = {}): LeaveOneOutReport {
  const results: ExampleResult[] = [];
  examples.forEach((held, i) => {
    const params = calibrate(
      examples.filter((_, j) => j !== i),
      options,
    );
    const [result] = reportFor(params, [held]).results;
    results.push(result!);
  });
  const errors = results.map((r) => r.priceError);
  return {
    examples: examples.length,
    exact: results.filter((r) => r.predicted === r.example.code).length,
    letters: results.filter((r) => r.predicted[0] === r.example.code[0]).length,
    medianPriceError: median(errors),
    meanPriceError: errors.reduce((a, b) => a + b, 0) / Math.max(1, errors.length),
    results,
  };
}
