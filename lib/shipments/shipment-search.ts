/**
 * Which issued shipments of the current business match a history query, newest first: the words
 * (tracking number, reference, recipient, postal code) and the filters (dates, status, service,
 * location, batch).
 *
 * The search runs in the database function search_shipments (migration search_under_rls), so that
 * its trigram and date indexes work under row-level security. It filters on the business that
 * withTenant set for the transaction and returns only ids and a count; the rows themselves are
 * then read under row-level security.
 */
import type { Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { searchTerms } from "@/lib/contacts/search-text";
import type { ShipmentQuery } from "./list-schema";

/** Which rows of the result: `take` ids from `skip`, with the matches counted up to `countCap + 1`. */
export interface SearchWindow {
  skip: number;
  take: number;
  countCap: number;
}

export interface ShipmentSearchResult {
  ids: string[];
  /** How many match, up to countCap + 1 (more than countCap). */
  matched: number;
}

/** Dates are calendar days in Eastern time (Canada Post's), inclusive. */
function dayStart(day: string): Date {
  return new Date(`${day}T00:00:00-05:00`);
}

/** A stored timestamp (UTC, without time zone) for an instant. */
function utc(instant: Date): string {
  return instant.toISOString().replace("Z", "");
}

/** The status filter is either the shipment's (issued, voided) or where an issued parcel is. */
function statuses(status: ShipmentQuery["status"]): { shipment: string | null; tracking: string | null } {
  if (status === "") return { shipment: null, tracking: null };
  if (status === "LABELLED" || status === "VOIDED") return { shipment: status, tracking: null };
  return { shipment: "LABELLED", tracking: status };
}

/** The statement the app sends for a query (also what the plan tests run). */
export function shipmentSearchSql(q: ShipmentQuery, window: SearchWindow): Prisma.Sql {
  const from = q.from ? utc(dayStart(q.from)) : null;
  const before = q.to ? utc(new Date(dayStart(q.to).getTime() + 86_400_000)) : null;
  const status = statuses(q.status);
  return Prisma.sql`SELECT ids, matched FROM search_shipments(
    ${searchTerms(q.q)}::text[], ${from}::timestamp, ${before}::timestamp, ${status.shipment}::"ShipmentStatus", ${status.tracking}::"TrackingStatus",
    ${q.service || null}::text, ${q.location || null}::text, ${q.batch || null}::integer,
    ${window.skip}::integer, ${window.take}::integer, ${window.countCap}::integer)`;
}

/** The ids of the matching shipments in `window`, newest first, and how many match (capped). */
export async function searchShipmentIds(tx: Tx, q: ShipmentQuery, window: SearchWindow): Promise<ShipmentSearchResult> {
  const [result] = await tx.$queryRaw<ShipmentSearchResult[]>(shipmentSearchSql(q, window));
  return result ?? { ids: [], matched: 0 };
}
