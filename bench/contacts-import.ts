import type { BenchResult } from "./harness";
import { measure } from "./harness";

/**
 * Importing 5,000 contacts the way the import page does: the CSV read and mapped (in the browser),
 * then the server re-checks every row like a typed contact and inserts them in one transaction.
 */
export async function benchContactImport(): Promise<BenchResult[]> {
  const { createBusiness } = await import("../lib/businesses/create-business");
  const { db } = await import("../lib/db/client");
  const { parseImportFile } = await import("../lib/contacts/import/parse-file");
  const { guessMapping } = await import("../lib/contacts/import/mapping");
  const { importFormValues } = await import("../lib/contacts/import/request");
  const { importRequestSchema } = await import("../lib/contacts/import/schemas");
  const { importContacts } = await import("../lib/contacts/import/import-contacts");
  const user = await db().user.create({ data: { email: "bench-import@example.com" } });
  const lines = ["Name,Company,Address,City,Province,Postal Code,Country,Phone,Email,Tags"];
  for (let i = 0; i < 5_000; i++) {
    lines.push(`Client ${i},${i % 3 ? "" : `Société ${i}`},${i} rue Sainte-Catherine,${i % 2 ? "Montréal" : ""},QC,${i % 2 ? "h3b 1a7" : "H2X1Y4"},CA,514 555 ${String(i).padStart(4, "0")},client${i}@example.com,import`);
  }
  const bytes = new TextEncoder().encode(lines.join("\n"));
  return [
    await measure(
      "contacts: import a 5,000-row CSV (read, check, insert)",
      3,
      async (n) => {
        const business = await createBusiness({ userId: user.id, name: `Bench Import ${n}` });
        const table = await parseImportFile({ name: "bench.csv", bytes });
        const request = importRequestSchema.parse(importFormValues(table, guessMapping(table.headers), "all", "bench.csv"));
        const outcome = await importContacts({ businessId: business.id, userId: user.id, role: "OWNER", slug: business.slug }, request);
        if (outcome.imported !== 5_000) throw new Error(`imported ${outcome.imported}`);
      },
      { target: "< 3 s", note: "one business per sample" },
    ),
  ];
}
