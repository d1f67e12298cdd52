import type { Tx } from "@/lib/db/client";
import { pinFromSequence, s10FromSequence } from "@/lib/shipments/tracking-numbers";

/**
 * A new tracking number from the database sequences, inside the purchase transaction: a domestic
 * PIN, or an S10 number for USA and international. Sequences never hand a value out twice, even
 * when the transaction rolls back, and Shipment.trackingNumber is unique.
 */
export async function allocateTrackingNumber(tx: Tx, serviceCode: string): Promise<string> {
  if (serviceCode.startsWith("DOM.")) {
    const [row] = await tx.$queryRaw<{ v: bigint }[]>`SELECT nextval('tracking_pin_seq') AS v`;
    return pinFromSequence(row!.v);
  }
  const [row] = await tx.$queryRaw<{ v: bigint }[]>`SELECT nextval('tracking_s10_seq') AS v`;
  return s10FromSequence(row!.v, serviceCode);
}
