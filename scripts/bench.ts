// `npm run bench`: the performance targets of ../shared/DESIGN.md, measured on this machine.
// Benchmarks, not tests: they print numbers and never fail the test suite.
import { benchDatabase, type BenchResult } from "../bench/harness";
import { benchContactSearch } from "../bench/contacts-search";
import { benchContactImport } from "../bench/contacts-import";
import { benchRating } from "../bench/rating";
import { benchBatchPay } from "../bench/batch-pay";
import { benchLabels } from "../bench/labels";
import { benchShipmentsSearch } from "../bench/shipments-search";

/** Milliseconds with the precision that matters: sub-millisecond timings keep three decimals. */
const ms = (value: number) => value.toFixed(value < 10 ? 3 : 1);

async function main() {
  const results: BenchResult[] = [...benchRating(), ...(await benchLabels())];
  const cluster = await benchDatabase();
  try {
    results.push(...(await benchContactImport()));
    results.push(...(await benchContactSearch()));
    results.push(...(await benchBatchPay()));
    results.push(...(await benchShipmentsSearch()));
  } finally {
    await cluster.stop();
  }
  console.log("\nbenchmark                                              samples   median      p95   target");
  for (const r of results) {
    console.log(
      `${r.name.padEnd(55)}${String(r.samples).padStart(7)}${ms(r.medianMs).padStart(9)} ms${ms(r.p95Ms).padStart(7)} ms   ${r.target ?? ""}${r.note ? `  (${r.note})` : ""}`,
    );
  }
  process.exit(0);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
