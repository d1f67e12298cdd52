/**
 * The state of each row of a batch: its problems (Canada Post's rules, and whether it is rated,
 * with current inputs, today), its chosen quote, and the batch total. Pure: the page shows it and
 * payment refuses a batch with any problem.
 */
import { sellsReturnLabelWith } from "@/lib/carriers/return-labels";
import { isoDateInCanada } from "@/lib/rating/price-lists";
import type { Quote } from "@/lib/rating/quote";
import { draftFromRow, type DraftRow } from "@/lib/shipments/draft-row";
import { ratingFingerprint, type ShipmentDraft } from "@/lib/shipments/draft";
import { draftProblems, type DraftProblem } from "@/lib/shipments/validate-draft";
import { storedRating, type StoredRating } from "@/lib/rates/batch-rates";

export interface ReviewedRow {
  id: string;
  position: number;
  draft: ShipmentDraft;
  rating: StoredRating | null;
  chosen: Quote | null;
  problems: DraftProblem[];
}

export interface BatchReview {
  rows: ReviewedRow[];
  /** Sum of the chosen quotes of every row, in cents (what payment would charge). */
  totalCents: number;
  taxCents: number;
  ready: boolean;
}

export function reviewRow(row: DraftRow, originPostalCode: string | null, now: Date): ReviewedRow {
  const draft = draftFromRow(row);
  const problems = draftProblems(draft, { hasLocation: originPostalCode !== null });
  const rating = storedRating(row);
  const chosen = rating?.quotes.find((q) => q.serviceCode === draft.serviceCode) ?? null;
  const add = (field: string, code: string) => problems.push({ field, key: `shipments.errors.${code}` });
  if (problems.length === 0) {
    if (!rating || !row.ratedAt) add("serviceCode", "notRated");
    else if (row.ratedInputs !== ratingFingerprint(draft, originPostalCode) || isoDateInCanada(row.ratedAt) !== isoDateInCanada(now)) add("serviceCode", "rateStale");
    else if (!chosen && rating.quotes.length === 0 && rating.messages?.[0]) {
      // No quote because the carrier said why (its own words, or not answering): say that, not "choose a service".
      const said = rating.messages[0];
      problems.push({ field: "serviceCode", key: `rating.problems.${said.problem.code}`, values: said.problem.values as Record<string, string | number> | undefined });
    } else if (!draft.serviceCode) add("serviceCode", "serviceRequired");
    else if (!chosen) add("serviceCode", "serviceNotQuoted");
    else if (draft.includeReturnLabel && !sellsReturnLabelWith(chosen)) add("includeReturnLabel", "returnLabelContractOnly");
  }
  return { id: row.id, position: row.position, draft, rating, chosen, problems };
}

export function reviewRows(rows: readonly DraftRow[], locations: ReadonlyMap<string, string>, now: Date): BatchReview {
  const reviewed = rows.map((row) => reviewRow(row, row.locationId ? (locations.get(row.locationId) ?? null) : null, now));
  let totalCents = 0;
  let taxCents = 0;
  for (const r of reviewed) {
    totalCents += r.chosen?.totalCents ?? 0;
    taxCents += r.chosen?.taxCents ?? 0;
  }
  return { rows: reviewed, totalCents, taxCents, ready: reviewed.length > 0 && reviewed.every((r) => r.problems.length === 0) };
}
