// Run by bench/pages.ts in a process of its own (DATABASE_URL: the page bench's server's database,
// as the app's role): gives the demo business a day's work through the app's own services, then
// prints the URLs' ids as one JSON line. A batch of 50 bought on account (its shipments fill the
// shipments list and the overview) and a draft batch of 50 rated rows (the batch sheet).
import { DEMO_USER } from "../lib/seed/demo";

const ROWS = 50;
const CITIES = [
  { city: "Vancouver", province: "BC", postalCode: "V6B 1A1" },
  { city: "Toronto", province: "ON", postalCode: "M5V 2T6" },
  { city: "Québec", province: "QC", postalCode: "G1R 4P5" },
  { city: "Halifax", province: "NS", postalCode: "B3H 1A1" },
  { city: "Calgary", province: "AB", postalCode: "T2P 1J9" },
];

async function main() {
  const { db } = await import("../lib/db/client");
  const { listMyBusinesses } = await import("../lib/tenancy/membership");
  const { withTenant } = await import("../lib/tenancy/context");
  const { contactSearchText } = await import("../lib/contacts/search-text");
  const { createBatch, addRowsFromContacts, applyTemplateToAll } = await import("../lib/batches/edit-rows");
  const { rateBatch } = await import("../lib/rates/batch-rates");
  const { payBatch } = await import("../lib/purchases/pay");
  const { completePurchase } = await import("../lib/purchases/complete");

  const user = await db().user.findUniqueOrThrow({ where: { email: DEMO_USER.email }, select: { id: true } });
  const [business] = await listMyBusinesses(user.id);
  if (!business) throw new Error("the demo user has no business");
  const actor = { businessId: business.id, userId: user.id, role: business.role, slug: business.slug };
  const { templateId, contactIds } = await withTenant(actor, async (tx) => {
    const template = await tx.parcelTemplate.findFirstOrThrow({ where: { businessId: business.id }, select: { id: true } });
    const ids: string[] = [];
    for (let i = 0; i < ROWS; i++) {
      const place = CITIES[i % CITIES.length]!;
      const row = { name: `Client ${i + 1}`, line1: `${100 + i} Main Street`, ...place, country: "CA", phone: "514 555 0100", email: `client${i + 1}@example.com` };
      const contact = await tx.contact.create({ data: { businessId: business.id, ...row, searchText: contactSearchText(row) }, select: { id: true } });
      ids.push(contact.id);
    }
    return { templateId: template.id, contactIds: ids };
  });
  const ratedBatch = async () => {
    const batch = await createBatch(actor);
    await addRowsFromContacts(actor, batch.id, contactIds);
    await applyTemplateToAll(actor, batch.id, templateId);
    const { rated } = await rateBatch(actor, batch.id);
    if (rated !== ROWS) throw new Error(`rated ${rated} of ${ROWS} rows`);
    return batch.id;
  };
  const paidBatchId = await ratedBatch();
  await payBatch(actor, paidBatchId, "ACCOUNT");
  // The server's job worker may be buying the labels already (it then holds the purchase's lock,
  // and this answers "busy"): wait until it is done.
  let outcome = await completePurchase(actor, paidBatchId);
  for (let tries = 0; outcome === "busy" && tries < 240; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    outcome = await completePurchase(actor, paidBatchId);
  }
  if (outcome !== "completed" && outcome !== "already") throw new Error(`the paid batch was not completed: ${outcome}`);
  const draftBatchId = await ratedBatch();
  console.log(JSON.stringify({ slug: business.slug, draftBatchId, paidBatchId }));
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
