import type { ContactQuery } from "../lib/contacts/schemas";
import type { BenchResult } from "./harness";
import { measureAgainstOwner, vacuumAnalyzeAsOwner } from "./harness";
import { assertSameResults, ownerClient, ownerContactsPage } from "./owner-queries";

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

/**
 * Search as you type over 50,000 contacts of one business (trigram index), and list pages sorted by
 * city; each as the app runs it and as the same query of the schema owner.
 */
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
      // Setting up, not timed: a busy machine may take more than the default 5 s.
      { timeoutMs: 60_000 },
    );
  }
  await vacuumAnalyzeAsOwner(["Contact"]);
  const owner = ownerClient();
  const app = async (query: ContactQuery) => {
    const list = await listContacts(ctx, query);
    return { ids: list.rows.map((r) => r.id), matched: list.total };
  };
  const asOwner = (query: ContactQuery) => ownerContactsPage(owner, business.id, query);
  const searches = ["tre", "tremblay 12", "montreal", "h2x1y4", "person4999", "boutique 3", "zoe cote", "vip"].map((q) => contactQuerySchema.parse({ q }));
  const byCity = Array.from({ length: 20 }, (_, i) => contactQuerySchema.parse({ sort: "city", page: String(i + 1) }));
  for (const query of [...searches, ...byCity]) assertSameResults(`contacts ${JSON.stringify(query)}`, await app(query), await asOwner(query));
  try {
    return [
      await measureAgainstOwner("contacts: search as you type, 50,000 contacts", 200, (i) => app(searches[i % searches.length]!), (i) => asOwner(searches[i % searches.length]!)),
      await measureAgainstOwner("contacts: list page sorted by city, 50,000 contacts", 50, (i) => app(byCity[i % byCity.length]!), (i) => asOwner(byCity[i % byCity.length]!)),
    ];
  } finally {
    await owner.$disconnect();
  }
}
