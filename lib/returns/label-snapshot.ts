/**
 * A return's frozen label, stored as Return.labelData when Envoi draws it: the LabelData (with
 * `isReturn`) and the day the carrier expected it back if mailed on the issue day (the reference
 * carrier simulates the return's tracking from them). Pure.
 */
import type { LabelData } from "@/lib/labels/types";

export interface ReturnLabelSnapshot {
  label: LabelData;
  expectedDeliveryDate: string | null;
}

/** The snapshot of a stored labelData (null when the carrier gave a PDF instead). */
export function returnSnapshotOf(stored: unknown): ReturnLabelSnapshot | null {
  const s = stored as Partial<ReturnLabelSnapshot> | null;
  return s && typeof s === "object" && s.label && typeof s.label === "object" ? { label: s.label, expectedDeliveryDate: s.expectedDeliveryDate ?? null } : null;
}
