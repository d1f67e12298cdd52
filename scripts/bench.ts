// `npm run bench`: the performance targets of ../shared/DESIGN.md, measured on this machine.
// `npm run bench -- search` (or any part of the names below) runs only the benches named so.
// Benchmarks, not tests: they print numbers and never fail the test suite.
import { benchDatabase, type BenchResult } from "../bench/harness";

// Measured as production runs (React's production build for the label renderer): the benches are
// loaded after this line.
(process.env as Record<string, string | undefined>).NODE_ENV ??= "production";

/** Milliseconds with the precision that matters: sub-millisecond timings keep three decimals. */
const ms = (value: number) => value.toFixed(value < 10 ? 3 : 1);

const BENCHES: { name: string; database: boolean; run: () => BenchResult[] | Promise<BenchResult[]> }[] = [
  { name: "rating", database: false, run: async () => (await import("../bench/rating")).benchRating() },
  { name: "labels", database: false, run: async () => (await import("../bench/labels")).benchLabels() },
  { name: "contacts-import", database: true, run: async () => (await import("../bench/contacts-import")).benchContactImport() },
  { name: "contacts-search", database: true, run: async () => (await import("../bench/contacts-search")).benchContactSearch() },
  { name: "batch-pay", database: true, run: async () => (await import("../bench/batch-pay")).benchBatchPay() },
  { name: "canadapost", database: true, run: async () => (await import("../bench/canadapost")).benchCanadaPost() },
  { name: "shipments-search", database: true, run: async () => (await import("../bench/shipments-search")).benchShipmentsSearch() },
  // Starts its own production server (npm start's launcher) on a fresh embedded database.
  { name: "pages", database: false, run: async () => (await import("../bench/pages")).benchPages() },
  // The rates endpoint of the web services on a production build, as `pages` starts it.
  { name: "api-rates", database: false, run: async () => (await import("../bench/api-rates")).benchApiRates() },
];

async function main() {
  const asked = process.argv.slice(2);
  const chosen = BENCHES.filter((b) => asked.length === 0 || asked.some((a) => b.name.includes(a)));
  if (chosen.length === 0) throw new Error(`no bench named ${asked.join(", ")} (${BENCHES.map((b) => b.name).join(", ")})`);
  const results: BenchResult[] = [];
  for (const bench of chosen.filter((b) => !b.database)) results.push(...(await bench.run()));
  if (chosen.some((b) => b.database)) {
    const cluster = await benchDatabase();
    try {
      for (const bench of chosen.filter((b) => b.database)) results.push(...(await bench.run()));
    } finally {
      await cluster.stop();
    }
  }
  console.log("\nbenchmark                                              samples   median        p95   target");
  for (const r of results) {
    const verdict = r.met === undefined ? "" : r.met ? "  met" : "  MISSED";
    console.log(
      `${r.name.padEnd(55)}${String(r.samples).padStart(7)}${ms(r.medianMs).padStart(9)} ms${ms(r.p95Ms).padStart(9)} ms   ${r.target ?? ""}${verdict}${r.note ? `  (${r.note})` : ""}`,
    );
    if (r.owner) {
      const ratio = (mine: number, theirs: number) => `${(mine / theirs).toFixed(2)}x`;
      console.log(
        `${"  same query as the owner (no row-level security)".padEnd(62)}${ms(r.owner.medianMs).padStart(9)} ms${ms(r.owner.p95Ms).padStart(9)} ms   app/owner ${ratio(r.medianMs, r.owner.medianMs)} median, ${ratio(r.p95Ms, r.owner.p95Ms)} p95`,
      );
    }
  }
  process.exit(0);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
