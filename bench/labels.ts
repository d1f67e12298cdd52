// Label rendering benchmarks (pure, in-process, one core): a batch of 50 labels as one PDF in each
// format, and merging 50 stored per-shipment PDFs into the batch's PDF. The design target is a
// batch of 50 from "pay" to the merged PDF stored in under 2 s on a 2-core machine.
import { mergePdfs, renderLabelDocuments, type LabelDocument, type LabelFormat } from "../lib/labels";
import { document, domesticLabel, receipt } from "../lib/labels/test-fixtures";
import { percentile, type BenchResult } from "./harness";

const BATCH = 50;
const SAMPLES = 8;

function batch(): LabelDocument[] {
  // Distinct tracking numbers, so every label encodes its own barcodes as in a real batch.
  return Array.from({ length: BATCH }, (_, i) =>
    document(domesticLabel({ trackingNumber: String(7_023_210_039_414_604 + i * 7), reference1: `ORDER-${10_000 + i}` }), { receipt: receipt() }),
  );
}

async function timed(samples: number, fn: () => Promise<unknown>): Promise<number[]> {
  await fn(); // warm-up: module initialisation, font metrics, JIT
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

async function benchFormat(format: LabelFormat, docs: LabelDocument[]): Promise<BenchResult> {
  const times = await timed(SAMPLES, () => renderLabelDocuments(docs, format));
  const median = percentile(times, 50);
  return {
    name: `labels: ${BATCH} ${format === "letter" ? "letter pages" : "4x6 labels"} in one PDF`,
    samples: SAMPLES,
    medianMs: median,
    p95Ms: percentile(times, 95),
    target: "median < 2000 ms",
    note: `${Math.round((BATCH / median) * 1000)} labels/s`,
  };
}

export async function benchLabels(): Promise<BenchResult[]> {
  const docs = batch();
  const results = [await benchFormat("thermal4x6", docs), await benchFormat("letter", docs)];

  // The batch PDF is merged from the PDFs stored per shipment (rendered once each).
  const stored = await Promise.all(docs.map((doc) => renderLabelDocuments([doc], "thermal4x6")));
  const times = await timed(SAMPLES, () => mergePdfs(stored));
  results.push({ name: `labels: merge ${BATCH} stored label PDFs`, samples: SAMPLES, medianMs: percentile(times, 50), p95Ms: percentile(times, 95) });
  return results;
}
