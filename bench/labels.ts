// Label rendering benchmarks (pure, in-process, one core): a batch of 50 labels as one PDF in each
// format, each beside the renderer's own floor measured in the same run (labels-floor.tsx: 50
// pages with one barcode and one line each), and merging 50 stored per-shipment PDFs. Target: 50
// 4 x 6 labels within 3x the floor. Samples of the labels and the floor alternate, so a noisy
// machine slows both alike.
import { mergePdfs, renderLabelDocuments, withEncodedMatrix, type LabelDocument, type LabelFormat } from "../lib/labels";
import { document, domesticLabel, receipt } from "../lib/labels/test-fixtures";
import { percentile, type BenchResult } from "./harness";
import { renderFloor } from "./labels-floor";

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

/** The labels and the floor, sample by sample in turn. */
async function alternating(samples: number, labels: () => Promise<unknown>, floor: () => Promise<unknown>): Promise<{ labels: number[]; floor: number[] }> {
  await labels();
  await floor();
  const out = { labels: [] as number[], floor: [] as number[] };
  for (let i = 0; i < samples; i++) {
    let start = performance.now();
    await floor();
    out.floor.push(performance.now() - start);
    start = performance.now();
    await labels();
    out.labels.push(performance.now() - start);
  }
  out.labels.sort((a, b) => a - b);
  out.floor.sort((a, b) => a - b);
  return out;
}

/** The documents as stored after a purchase: each 2-D barcode encoded once, when the label was bought. */
const asStored = (docs: LabelDocument[]) => docs.map((d) => ({ ...d, label: withEncodedMatrix(d.label) }));

/** Within `maxRatio` times the renderer's floor (null: printed, no target). */
async function benchFormat(format: LabelFormat, docs: LabelDocument[], maxRatio: number | null, what = ""): Promise<BenchResult> {
  const times = await alternating(SAMPLES * 2, () => renderLabelDocuments(docs, format), () => renderFloor(BATCH));
  const median = percentile(times.labels, 50);
  const floor = percentile(times.floor, 50);
  const ratio = median / floor;
  return {
    name: `labels: ${BATCH} ${format === "letter" ? "letter pages (label and receipt)" : "4x6 labels"} in one PDF${what}`,
    samples: SAMPLES * 2,
    medianMs: median,
    p95Ms: percentile(times.labels, 95),
    target: maxRatio ? `median <= ${maxRatio}x the floor` : undefined,
    note: `${ratio.toFixed(2)}x the renderer's floor (${floor.toFixed(0)} ms for ${BATCH} one-barcode pages); ${Math.round((BATCH / median) * 1000)} labels/s`,
    ...(maxRatio ? { met: ratio <= maxRatio } : {}),
  };
}

export async function benchLabels(): Promise<BenchResult[]> {
  const docs = batch();
  const stored = asStored(docs);
  const results = [
    await benchFormat("thermal4x6", stored, 3),
    await benchFormat("letter", stored, null),
    // The same, encoding every DataMatrix as well (what the purchase job does once per label).
    await benchFormat("thermal4x6", docs, null, ", 2-D codes encoded too"),
  ];

  // The batch PDF is merged from the PDFs stored per shipment (rendered once each).
  const perShipment = await Promise.all(docs.map((doc) => renderLabelDocuments([doc], "thermal4x6")));
  const times = await timed(SAMPLES, () => mergePdfs(perShipment));
  results.push({ name: `labels: merge ${BATCH} stored label PDFs`, samples: SAMPLES, medianMs: percentile(times, 50), p95Ms: percentile(times, 95) });
  return results;
}
