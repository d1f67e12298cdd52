import { writeCsv } from "@/lib/csv/write-csv";
import { withTenant, type TenantContext } from "@/lib/tenancy/context";
import type { ContactQuery } from "./schemas";
import { searchContactIds } from "./contact-search";
import { loadContacts } from "./contacts";

/** The CSV columns, also what an import maps to (see lib/contacts/import). */
export const CONTACT_CSV_COLUMNS = ["name", "company", "line1", "line2", "city", "province", "postal_code", "country", "phone", "email", "notes", "tags", "tax_id"] as const;

/** Every contact matching the filters (not just one page), as CSV. Tenant-scoped. */
export async function exportContactsCsv(ctx: TenantContext, query: Pick<ContactQuery, "q" | "tag" | "country">): Promise<{ csv: string; count: number }> {
  const rows = await withTenant(
    ctx,
    async (tx) => {
      const { ids } = await searchContactIds(tx, { ...query, sort: "name", dir: "asc" }, { skip: 0, take: null });
      return loadContacts(tx, ctx, ids);
    },
    // A whole address book, read a chunk of ids at a time, as the shipments export.
    { timeoutMs: 30_000 },
  );
  const csv = writeCsv(
    [...CONTACT_CSV_COLUMNS],
    rows.map((c) => [c.name, c.company, c.line1, c.line2, c.city, c.province, c.postalCode, c.country, c.phone, c.email, c.notes, c.tags.join("; "), c.taxId]),
  );
  return { csv, count: rows.length };
}
