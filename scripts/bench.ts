// `npm run bench`: the performance targets of ../shared/DESIGN.md, measured on this machine.
// Benchmarks, not tests: they print numbers and never fail the test suite.
import { benchDatabase, type BenchResult } from "../bench/harness";
import { benchContactSearch } from "../bench/contacts-search";
import { benchContactImport } from "../bench/contacts-import";

async function main() {
  const cluster = await benchDatabase();
  const results: BenchResult[] = [];
  try {
    results.push(...(await benchContactImport()));
    results.push(...(await benchContactSearch()));
  } finally {
    await cluster.stop();
  }
  console.log("\nbenchmark                                              samples   median      p95   target");
  for (const r of results) {
    console.log(
      `${r.name.padEnd(55)}${String(r.samples).padStart(7)}${r.medianMs.toFixed(1).padStart(9)} ms${r.p95Ms.toFixed(1).padStart(7)} ms   ${r.target ?? ""}${r.note ? `  (${r.note})` : ""}`,
    );
  }
  process.exit(0);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
