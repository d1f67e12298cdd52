/**
 * A keyed permutation of the integers [0, size): the tracking number of the n-th shipment is not
 * n, so a number says nothing of its neighbours to anyone without the key (public tracking cannot
 * be walked from one's own parcel to another business's).
 *
 * A balanced Feistel network over the smallest even number of bits that holds `size` (each round
 * an HMAC-SHA-256 of the round and the half, under the key), and cycle walking: an output outside
 * [0, size) is encrypted again until it falls inside. Both are bijections, so distinct inputs give
 * distinct outputs, and the sequence behind them never repeats a value. Deterministic and
 * side-effect free: the key is the caller's.
 */
import { createHmac } from "node:crypto";

const ROUNDS = 8;

function roundValue(key: Uint8Array, round: number, half: bigint, bits: number): bigint {
  const message = Buffer.alloc(9);
  message.writeUInt8(round, 0);
  message.writeBigUInt64BE(half, 1);
  const digest = createHmac("sha256", key).update(message).digest();
  return digest.readBigUInt64BE(0) & ((1n << BigInt(bits)) - 1n);
}

function feistel(value: bigint, halfBits: number, key: Uint8Array): bigint {
  const mask = (1n << BigInt(halfBits)) - 1n;
  let left = value >> BigInt(halfBits);
  let right = value & mask;
  for (let round = 0; round < ROUNDS; round++) {
    [left, right] = [right, left ^ roundValue(key, round, right, halfBits)];
  }
  return (left << BigInt(halfBits)) | right;
}

export function permute(value: bigint, size: bigint, key: Uint8Array): bigint {
  if (value < 0n || value >= size) throw new RangeError(`${value} is outside [0, ${size})`);
  if (key.length < 16) throw new RangeError("the permutation key needs at least 16 bytes");
  let bits = (size - 1n).toString(2).length;
  if (bits % 2 === 1) bits++;
  let out = value;
  do out = feistel(out, bits / 2, key);
  while (out >= size);
  return out;
}
