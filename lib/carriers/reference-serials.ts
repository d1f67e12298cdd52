/**
 * The reference carrier's tracking serials: the next value of a database sequence (never handed
 * out twice, even when a transaction rolls back) put through a keyed permutation, so the numbers of
 * consecutive shipments are not consecutive and cannot be guessed from one another (the key is
 * made once by its migration and never changes). Shipment.trackingNumber is unique as well.
 */
import { db } from "@/lib/db/client";
import { permute } from "@/lib/shipments/number-permutation";
import { PIN_SERIALS, S10_SERIALS } from "@/lib/shipments/tracking-numbers";

/** The permutation's key: read once per process. */
let key: Promise<Uint8Array> | undefined;

function permutationKey(): Promise<Uint8Array> {
  key ??= db()
    .trackingNumberKey.findUniqueOrThrow({ where: { id: 1 } })
    .then(
      (row) => row.key,
      (e: unknown) => {
        key = undefined;
        throw e;
      },
    );
  return key;
}

export type SerialKind = "PIN" | "S10";

/** The next serial of a kind: 13 digits for a domestic PIN, 8 for an S10 number. */
export async function nextTrackingSerial(kind: SerialKind): Promise<bigint> {
  const secret = await permutationKey();
  const [row] =
    kind === "PIN"
      ? await db().$queryRaw<{ v: bigint }[]>`SELECT nextval('tracking_pin_seq') AS v`
      : await db().$queryRaw<{ v: bigint }[]>`SELECT nextval('tracking_s10_seq') AS v`;
  return permute(BigInt(row!.v), kind === "PIN" ? PIN_SERIALS : S10_SERIALS, secret);
}
