import type { TrackingStatus } from "@/lib/carriers/types";

/**
 * A label can be reprinted, emailed as a reprint or voided only until the carrier scans the
 * parcel (its first event after "label created"). Pure.
 */
export function canReprint(status: TrackingStatus | null | undefined): boolean {
  return !status || status === "CREATED";
}
