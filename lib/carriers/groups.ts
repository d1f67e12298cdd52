/**
 * Contract shipments join a group that is transmitted at the end of the day with one manifest:
 * one group per business, mailing day and ship-from address (Canada Post: `group-id`, at most 32
 * characters). The same function names the group when the label is frozen (it is recorded on the
 * shipment) and when Canada Post is asked for the label, so both always agree. Pure.
 */
import { createHash } from "node:crypto";
import type { LabelAddress } from "@/lib/labels/types";

export function shipmentGroupId(businessId: string, label: { mailingDate: string; sender: Pick<LabelAddress, "postalCode" | "line1"> }): string {
  const where = `${businessId}|${(label.sender.postalCode ?? "").replace(/\s/g, "").toUpperCase()}|${label.sender.line1.trim().toUpperCase()}`;
  return `${label.mailingDate.replaceAll("-", "")}-${createHash("sha256").update(where).digest("hex").slice(0, 12)}`;
}
