import { recordAudit } from "@/lib/audit/record";
import type { Tx } from "@/lib/db/client";
import { FieldsError } from "@/lib/errors";
import type { Actor } from "@/lib/tenancy/actor";
import { withTenant, type TenantContext } from "@/lib/tenancy/context";
import { contactRow } from "../contacts";
import { rememberMapping, type ColumnMapping, type RememberedMapping } from "./mapping";
import { rememberedMappingSchema, type ImportRequest } from "./schemas";
import { insertContacts } from "./insert-contacts";
import { checkRows } from "./validate";

type ContactRow = ReturnType<typeof contactRow>;

export interface ImportOutcome {
  /** Rows in the file. */
  rows: number;
  /** Contacts added to the address book. */
  imported: number;
  /** Rows left out because they are not valid contacts. */
  invalid: number;
  /** Valid rows left out because the same contact, field for field, is already in the address book. */
  existing: number;
}

async function loadRemembered(tx: Tx, businessId: string): Promise<RememberedMapping> {
  const row = await tx.businessSettings.findUnique({ where: { businessId }, select: { contactImportMapping: true } });
  const parsed = rememberedMappingSchema.safeParse(row?.contactImportMapping ?? {});
  return parsed.success ? parsed.data : {};
}

/** The column mapping this business used last, per header text (for the mapping step). Tenant-scoped. */
export async function getRememberedMapping(ctx: TenantContext): Promise<RememberedMapping> {
  return withTenant(ctx, (tx) => loadRemembered(tx, ctx.businessId));
}

/** Every stored field of a contact, to recognise one already in the address book. */
function sameContactKey(c: Omit<ContactRow, "searchText">): string {
  return JSON.stringify([c.name, c.company, c.line1, c.line2, c.city, c.province, c.postalCode, c.country, c.phone, c.email, c.notes, c.tags, c.taxId]);
}

async function existingKeys(tx: Tx, businessId: string, rows: ContactRow[]): Promise<Set<string>> {
  const names = [...new Set(rows.map((r) => r.name))];
  const found = await tx.$queryRaw<Omit<ContactRow, "searchText">[]>`
    SELECT "name", "company", "line1", "line2", "city", "province", "postalCode", "country", "phone", "email", "notes", "tags", "taxId"
    FROM "Contact" WHERE "businessId" = ${businessId} AND "name" = ANY(${names}::text[])`;
  return new Set(found.map(sameContactKey));
}

/**
 * Imports the rows of a file into the address book. Every row is checked again exactly as a typed
 * contact (contactSchema, then contactRow). Mode "valid" imports the valid rows and skips the
 * others; mode "all" imports nothing unless every row is valid (FieldsError under
 * import.errors). Rows identical to a contact already in the address book are skipped, so
 * importing the same file twice adds nothing the second time (two imports of one file at the very
 * same moment could both add it); identical rows within the file are all kept. One transaction
 * writes: the contacts, the remembered mapping and one audit entry ("contact.imported" with the
 * counts) commit together or not at all. Tenant-scoped.
 */
/** Up to 20,000 rows: more than Prisma's default 5 s on a busy machine. */
const IMPORT_TIMEOUT_MS = 60_000;

export async function importContacts(actor: Actor, request: ImportRequest): Promise<ImportOutcome> {
  const mappedColumns = request.columns.filter((c) => c.field);
  const table = { headers: mappedColumns.map((c) => c.header), rows: request.rows, rowNumbers: request.rowNumbers };
  const mapping: ColumnMapping = mappedColumns.map((c) => c.field);
  const checked = checkRows(table, mapping, contactRow);
  const valid: ContactRow[] = [];
  const invalidRows: number[] = [];
  for (const row of checked) {
    if (row.result.ok) valid.push(row.result.value);
    else invalidRows.push(row.rowNumber);
  }
  if (request.mode === "all" && invalidRows.length > 0) {
    throw new FieldsError("import.errors", {
      rows: { code: "allOrNothing", values: { count: String(invalidRows.length), rows: invalidRows.slice(0, 10).join(", ") + (invalidRows.length > 10 ? ", …" : "") } },
    });
  }
  if (valid.length === 0) throw new FieldsError("import.errors", { rows: { code: "noValidRows" } });

  // Reads first, in their own short transaction, so the one that writes holds its locks briefly.
  const [known, previous] = await withTenant(actor, async (tx) => [await existingKeys(tx, actor.businessId, valid), await loadRemembered(tx, actor.businessId)] as const);
  const fresh = known.size ? valid.filter((r) => !known.has(sameContactKey(r))) : valid;
  const remembered = rememberMapping(
    previous,
    request.columns.map((c) => c.header),
    request.columns.map((c) => c.field),
  );
  const outcome: ImportOutcome = { rows: request.rows.length, imported: fresh.length, invalid: invalidRows.length, existing: valid.length - fresh.length };
  await withTenant(actor, async (tx) => {
    await insertContacts(tx, actor.businessId, fresh);
    await tx.businessSettings.upsert({
      where: { businessId: actor.businessId },
      create: { businessId: actor.businessId, contactImportMapping: remembered },
      update: { contactImportMapping: remembered },
    });
    await recordAudit(tx, actor, { action: "contact.imported", entityType: "Contact", details: { name: request.fileName, mode: request.mode, ...outcome } });
  }, { timeoutMs: IMPORT_TIMEOUT_MS });
  return outcome;
}
