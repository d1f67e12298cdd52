import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { permute } from "./number-permutation";
import { isValidPin, PIN_SERIALS, pinFromSerial } from "./tracking-numbers";

const KEY = new Uint8Array(Array.from({ length: 32 }, (_, i) => (i * 37 + 11) % 256));
const OTHER_KEY = new Uint8Array(Array.from({ length: 32 }, (_, i) => (i * 53 + 7) % 256));

describe("the keyed permutation of tracking serials", () => {
  it("is a bijection of [0, size): every value comes out once, inside the range", () => {
    for (const size of [1n, 2n, 10n, 1000n, 4097n]) {
      const outputs = new Set<bigint>();
      for (let v = 0n; v < size; v++) {
        const out = permute(v, size, KEY);
        expect(out >= 0n && out < size).toBe(true);
        outputs.add(out);
      }
      expect(outputs.size).toBe(Number(size));
    }
  });

  it("gives neighbouring serials numbers far apart, and other numbers under another key", () => {
    const serials = Array.from({ length: 500 }, (_, i) => permute(BigInt(i + 1), PIN_SERIALS, KEY));
    for (let i = 1; i < serials.length; i++) {
      const gap = serials[i]! > serials[i - 1]! ? serials[i]! - serials[i - 1]! : serials[i - 1]! - serials[i]!;
      expect(gap > 1_000_000n).toBe(true);
    }
    expect(new Set(serials).size).toBe(500);
    const underOtherKey = Array.from({ length: 500 }, (_, i) => permute(BigInt(i + 1), PIN_SERIALS, OTHER_KEY));
    expect(underOtherKey.filter((s, i) => s === serials[i])).toEqual([]);
  });

  it("is the same function every time, and its serials make valid PINs", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 9_999_999_999n }), (v) => {
        const serial = permute(v, PIN_SERIALS, KEY);
        expect(permute(v, PIN_SERIALS, KEY)).toBe(serial);
        expect(isValidPin(pinFromSerial(serial))).toBe(true);
      }),
    );
  });

  it("refuses a value outside its range and a short key", () => {
    expect(() => permute(10n, 10n, KEY)).toThrow(RangeError);
    expect(() => permute(-1n, 10n, KEY)).toThrow(RangeError);
    expect(() => permute(1n, 10n, new Uint8Array(8))).toThrow(RangeError);
  });
});
