// Rating benchmarks (pure, in-process, one core): the median time to rate every service for one
// parcel, and quotes per second over a mix of lanes, weights, sizes and options.
import { priceListFor } from "../lib/rating/price-lists";
import { rateServices, type RateRequest } from "../lib/rating/quote";
import { percentile, type BenchResult } from "./harness";

const LIST = priceListFor("small_business", "2026-12-01")!;
const ORIGINS = ["M5V 3L9", "H2H 2S6", "V6B 1A1", "T2P 1J9", "B3H 4R2", "R3C 0V8", "K1A 0B1", "S7K 1J5"];
const DESTINATIONS: RateRequest["destination"][] = [
  { country: "CA", postalCode: "K1A 0B1" }, { country: "CA", postalCode: "X0A 0H0" }, { country: "CA", postalCode: "V8W 1P6" },
  { country: "CA", postalCode: "A1C 5M2" }, { country: "CA", postalCode: "G1R 4P5" }, { country: "CA", postalCode: "T0B 0A8" },
  { country: "US", state: "NY" }, { country: "US", state: "CA" }, { country: "US", state: "AK" },
  { country: "FR" }, { country: "JP" }, { country: "GB" }, { country: "AU" }, { country: "MX" },
];

function requests(n: number): RateRequest[] {
  const out: RateRequest[] = [];
  for (let i = 0; i < n; i++) {
    out.push({
      priceList: LIST,
      originPostalCode: ORIGINS[i % ORIGINS.length]!,
      destination: DESTINATIONS[(i * 7) % DESTINATIONS.length]!,
      parcel: { weightGrams: 100 + ((i * 379) % 29_000), lengthMm: 100 + ((i * 37) % 900), widthMm: 100 + ((i * 53) % 500), heightMm: 20 + ((i * 11) % 400) },
      options: i % 3 === 0 ? { signature: true, coverageCents: 30_000 } : i % 3 === 1 ? { cardForPickup: true } : {},
      mailedAt: "2026-12-01T10:00",
    });
  }
  return out;
}

export function benchRating(): BenchResult[] {
  const reqs = requests(2000);
  for (const r of reqs) rateServices(r); // warm-up: JIT, holiday and rate-code caches

  const times: number[] = [];
  let quotes = 0;
  for (const r of reqs) {
    const start = performance.now();
    const result = rateServices(r);
    times.push(performance.now() - start);
    quotes += result.quotes.length;
  }
  times.sort((a, b) => a - b);
  const totalMs = times.reduce((a, b) => a + b, 0);
  const perSecond = Math.round((quotes / totalMs) * 1000);
  return [
    {
      name: "rating: all services for one parcel",
      samples: reqs.length,
      medianMs: percentile(times, 50),
      p95Ms: percentile(times, 95),
      target: "median < 1 ms",
      note: `${perSecond.toLocaleString("en-CA")} quotes/s on one core (target 10,000), ${(quotes / reqs.length).toFixed(1)} quotes per parcel`,
    },
  ];
}
