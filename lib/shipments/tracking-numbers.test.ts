import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isValidPin, isValidS10, pinCheckDigit, pinFromSerial, s10CheckDigit, s10FromSerial } from "./tracking-numbers";

describe("tracking numbers", () => {
  it("accepts Canada Post's published PINs and rejects a changed digit", () => {
    expect(isValidPin("0073938000549297")).toBe(true);
    expect(isValidPin("7023210039414604")).toBe(true);
    expect(pinCheckDigit("702321003941460")).toBe(4);
    expect(isValidPin("7023210039414605")).toBe(false);
    expect(isValidPin("7023210039414614")).toBe(false);
    expect(isValidPin("702321003941460")).toBe(false);
  });

  it("accepts the UPU's S10 example and rejects a changed digit", () => {
    expect(s10CheckDigit("12345678")).toBe(5);
    expect(isValidS10("RB123456785GB")).toBe(true);
    expect(isValidS10("RB123456784GB")).toBe(false);
    expect(isValidS10("RB12345678GB")).toBe(false);
  });

  it("maps the two special remainders of S10 (10 -> 0, 11 -> 5)", () => {
    // Serials chosen so that 11 - (sum mod 11) is 10 and 11.
    const remainders = Array.from({ length: 2000 }, (_, i) => String(i * 4999).padStart(8, "0")).map((serial) => {
      const sum = [...serial].reduce((t, d, i) => t + Number(d) * [8, 6, 4, 2, 3, 5, 9, 7][i]!, 0);
      return { serial, raw: 11 - (sum % 11) };
    });
    const ten = remainders.find((r) => r.raw === 10)!;
    const eleven = remainders.find((r) => r.raw === 11)!;
    expect(s10CheckDigit(ten.serial)).toBe(0);
    expect(s10CheckDigit(eleven.serial)).toBe(5);
  });

  it("makes valid, distinct numbers from sequence values", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9_999_999_999 }), fc.integer({ min: 1, max: 99_999_999 }), (a, b) => {
        const pin = pinFromSerial(a);
        expect(pin).toHaveLength(16);
        expect(isValidPin(pin)).toBe(true);
        expect(pinFromSerial(a + 1)).not.toBe(pin);
        const s10 = s10FromSerial(b, "INT.XP");
        expect(isValidS10(s10)).toBe(true);
        expect(s10).toMatch(/^EE\d{9}CA$/);
      }),
    );
    expect(s10FromSerial(1, "USA.TP")).toMatch(/^LX/);
    expect(s10FromSerial(1, "INT.IP.AIR")).toMatch(/^CP/);
  });
});
