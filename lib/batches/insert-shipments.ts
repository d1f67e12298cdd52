import crypto from "node:crypto";
import type { Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { rowFromDraft } from "@/lib/shipments/draft-row";
import type { ShipmentDraft } from "@/lib/shipments/draft";
import { searchTextOf } from "./search-text";

type DraftColumns = ReturnType<typeof rowFromDraft>;

/**
 * The SQL type of every column a draft writes (rowFromDraft). Keyed by rowFromDraft's own keys:
 * a column added there and not here fails the type check.
 */
const COLUMN_TYPES = {
  locationId: "text",
  contactId: "text",
  saveContact: "boolean",
  recipientName: "text",
  recipientCompany: "text",
  recipientLine1: "text",
  recipientLine2: "text",
  recipientCity: "text",
  recipientProvince: "text",
  recipientPostalCode: "text",
  recipientCountry: "text",
  recipientPhone: "text",
  recipientEmail: "text",
  recipientTaxId: "text",
  templateId: "text",
  lengthMm: "integer",
  widthMm: "integer",
  heightMm: "integer",
  weightGrams: "integer",
  serviceCode: "text",
  options: "jsonb",
  reference1: "text",
  reference2: "text",
  notifications: "jsonb",
  customs: "jsonb",
  includeReturnLabel: "boolean",
  items: "jsonb",
} as const satisfies Record<keyof DraftColumns, "text" | "integer" | "boolean" | "jsonb">;

const COLUMNS = Object.keys(COLUMN_TYPES) as (keyof DraftColumns)[];

/**
 * Inserts draft rows into one batch of one business, inside the caller's transaction, in one
 * INSERT … SELECT FROM unnest(…): one array parameter per column whatever the number of rows.
 * Prisma's createMany took 60 to 90 ms for 50 rows on a 2-core machine (binding every cell as its
 * own parameter), so 20 batches took over 2 s; this takes a few milliseconds. Row-level security
 * still applies: the transaction's business is the only one it can write to. Returns the ids in
 * the rows' order. The caller checks the batch (its business, its status, its room).
 */
export async function insertShipments(tx: Tx, businessId: string, batchId: string, rows: { draft: ShipmentDraft; position: number }[]): Promise<string[]> {
  if (rows.length === 0) return [];
  // 32 lower-case hex characters: an id like Prisma's cuids in URLs ([a-z0-9]).
  const ids = rows.map(() => crypto.randomUUID().replace(/-/g, ""));
  const written = rows.map((r) => rowFromDraft(r.draft));
  const arrays = COLUMNS.map((column) => {
    const type = COLUMN_TYPES[column];
    if (type !== "jsonb") return Prisma.sql`${written.map((w) => w[column])}::${Prisma.raw(type)}[]`;
    // JSON travels as text and is cast back per row; Prisma.DbNull (customs in Canada) is SQL NULL.
    return Prisma.sql`${written.map((w) => (w[column] === Prisma.DbNull || w[column] === null ? null : JSON.stringify(w[column])))}::text[]`;
  });
  const names = Prisma.raw(COLUMNS.map((c) => `"${c}"`).join(", "));
  const selected = Prisma.raw(COLUMNS.map((c) => (COLUMN_TYPES[c] === "jsonb" ? `u."${c}"::jsonb` : `u."${c}"`)).join(", "));
  await tx.$executeRaw`
    INSERT INTO "Shipment" ("id", "businessId", "batchId", "position", "searchText", "updatedAt", ${names})
    SELECT u.id, ${businessId}, ${batchId}, u.position, u."searchText", CURRENT_TIMESTAMP, ${selected}
    FROM unnest(${ids}::text[], ${rows.map((r) => r.position)}::integer[], ${rows.map((r) => searchTextOf(r.draft, null))}::text[], ${Prisma.join(arrays)})
      AS u(id, position, "searchText", ${names})`;
  return ids;
}
