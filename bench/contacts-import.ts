import type { BenchResult } from "./harness";
import { measure } from "./harness";

/**
 * Importing 5,000 contacts: each row validated like a typed contact, then inserted in one
 * transaction. Uses the same functions as the address book (contactRow, createMany).
 */
export async function benchContactImport(): Promise<BenchResult[]> {
  const { createBusiness } = await import("../lib/businesses/create-business");
  const { db } = await import("../lib/db/client");
  const { withTenant } = await import("../lib/tenancy/context");
  const { contactRow } = await import("../lib/contacts/contacts");
  const { contactSchema } = await import("../lib/contacts/schemas");
  const user = await db().user.create({ data: { email: "bench-import@example.com" } });
  const rows = Array.from({ length: 5_000 }, (_, i) => ({
    name: `Client ${i}`,
    line1: `${i} rue Sainte-Catherine`,
    city: i % 2 ? "Montréal" : "",
    province: "QC",
    postalCode: i % 2 ? "h3b 1a7" : "H2X1Y4",
    country: "CA",
    email: `client${i}@example.com`,
    tags: "import",
  }));
  return [
    await measure(
      "contacts: import 5,000 rows (validate + insert)",
      3,
      async (n) => {
        const business = await createBusiness({ userId: user.id, name: `Bench Import ${n}` });
        const data = rows.map((r) => ({ ...contactRow(contactSchema.parse(r)), businessId: business.id }));
        await withTenant({ businessId: business.id, userId: user.id }, async (tx) => {
          for (let i = 0; i < data.length; i += 1000) await tx.contact.createMany({ data: data.slice(i, i + 1000) });
        });
      },
      { target: "< 3 s", note: "one business per sample" },
    ),
  ];
}
