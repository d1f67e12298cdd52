import type { BenchResult } from "./harness";
import { measure } from "./harness";

const CITIES = [
  ["Montréal", "QC", "H2X 1Y4"],
  ["Toronto", "ON", "M5V 2T6"],
  ["Vancouver", "BC", "V6B 1A1"],
  ["Calgary", "AB", "T2P 1J9"],
  ["Halifax", "NS", "B3H 1A1"],
  ["Winnipeg", "MB", "R3C 0V8"],
] as const;
const FIRST = ["Léa", "Marc", "Zoé", "Noah", "Emma", "Liam", "Chloé", "Félix", "Olivia", "William"];
const LAST = ["Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Smith", "Brown", "Wilson", "Martin", "Lee"];

/** Search as you type over 50,000 contacts of one business (trigram index), and one list page. */
export async function benchContactSearch(): Promise<BenchResult[]> {
  const { createBusiness } = await import("../lib/businesses/create-business");
  const { db } = await import("../lib/db/client");
  const { withTenant } = await import("../lib/tenancy/context");
  const { contactSearchText } = await import("../lib/contacts/search-text");
  const { listContacts } = await import("../lib/contacts/contacts");
  const { contactQuerySchema } = await import("../lib/contacts/schemas");

  const user = await db().user.create({ data: { email: "bench-search@example.com" } });
  const business = await createBusiness({ userId: user.id, name: "Bench Search" });
  const ctx = { businessId: business.id, userId: user.id };
  const total = 50_000;
  for (let start = 0; start < total; start += 5_000) {
    await withTenant(ctx, (tx) =>
      tx.contact.createMany({
        data: Array.from({ length: 5_000 }, (_, k) => {
          const i = start + k;
          const [city, province, postalCode] = CITIES[i % CITIES.length]!;
          const row = {
            name: `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]} ${i}`,
            company: i % 3 === 0 ? `Boutique ${i}` : null,
            line1: `${i} rue Principale`,
            city,
            province,
            postalCode,
            country: "CA",
            email: `person${i}@example.com`,
            tags: i % 10 === 0 ? ["vip"] : [],
          };
          return { ...row, businessId: business.id, searchText: contactSearchText(row) };
        }),
      }),
    );
  }
  await db().$executeRawUnsafe(`ANALYZE "Contact"`).catch(() => {});
  const queries = ["tre", "tremblay 12", "montreal", "h2x1y4", "person4999", "boutique 3", "zoe cote", "vip"];
  const results: BenchResult[] = [];
  results.push(
    await measure(
      "contacts: search as you type, 50,000 contacts",
      200,
      (i) => listContacts(ctx, contactQuerySchema.parse({ q: queries[i % queries.length] })),
      { target: "fast (< 100 ms p95)" },
    ),
  );
  results.push(
    await measure("contacts: list page sorted by city, 50,000 contacts", 50, (i) => listContacts(ctx, contactQuerySchema.parse({ sort: "city", page: String(1 + (i % 20)) })), {
      target: "fast (< 100 ms p95)",
    }),
  );
  return results;
}
