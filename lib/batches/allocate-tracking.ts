import type { Tx } from "@/lib/db/client";
import { permute } from "@/lib/shipments/number-permutation";
import { PIN_SERIALS, S10_SERIALS, pinFromSerial, s10FromSerial } from "@/lib/shipments/tracking-numbers";

/** The permutation's key (made once by its migration, never changed): read once per process. */
let key: Promise<Uint8Array> | undefined;

function permutationKey(tx: Tx): Promise<Uint8Array> {
  key ??= tx.trackingNumberKey.findUniqueOrThrow({ where: { id: 1 } }).then(
    (row) => row.key,
    (e: unknown) => {
      key = undefined;
      throw e;
    },
  );
  return key;
}

/**
 * A new tracking number inside the purchase transaction: a domestic PIN, or an S10 number for USA
 * and international. The serial is the next value of a database sequence (never handed out twice,
 * even when the transaction rolls back) put through a keyed permutation, so the numbers of
 * consecutive shipments are not consecutive and cannot be guessed from one another.
 * Shipment.trackingNumber is unique as well.
 */
export async function allocateTrackingNumber(tx: Tx, serviceCode: string): Promise<string> {
  const secret = await permutationKey(tx);
  if (serviceCode.startsWith("DOM.")) {
    const [row] = await tx.$queryRaw<{ v: bigint }[]>`SELECT nextval('tracking_pin_seq') AS v`;
    return pinFromSerial(permute(BigInt(row!.v), PIN_SERIALS, secret));
  }
  const [row] = await tx.$queryRaw<{ v: bigint }[]>`SELECT nextval('tracking_s10_seq') AS v`;
  return s10FromSerial(permute(BigInt(row!.v), S10_SERIALS, secret), serviceCode);
}
