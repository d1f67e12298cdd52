/**
 * Regenerates ./2022/*.ts from the 2022 Canada Post price CSVs:
 *   npx tsx lib/rating/data/build-2022.ts [path/to/canada-post-2022]
 * The default folder is ../shared/data/canada-post-2022 beside the repository. See SOURCE.md.
 */
import fs from "node:fs";
import path from "node:path";
import { build2022, CSV_FILES, type CsvTexts } from "./transform-2022";

const here = import.meta.dirname;
const dir = path.resolve(process.argv[2] ?? path.join(here, "../../../../shared/data/canada-post-2022"));
const texts = Object.fromEntries(Object.values(CSV_FILES).map((name) => [name, fs.readFileSync(path.join(dir, name), "utf8")])) as CsvTexts;

const outDir = path.join(here, "2022");
fs.mkdirSync(outDir, { recursive: true });
for (const [name, source] of Object.entries(build2022(texts))) {
  const out = path.join(outDir, name);
  fs.writeFileSync(out, source);
  console.log(`wrote ${path.relative(process.cwd(), out)} (${Math.round(source.length / 1024)} KB)`);
}
