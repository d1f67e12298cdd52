import { describe, expect, it } from "vitest";
import { parseDecimal, parseWholeNumber } from "./decimal";
import { readCount, readLength, readMoney, readWeight } from "./quantities";

const value = (raw: string, locale: "en" | "fr") => {
  const parsed = parseDecimal(raw, locale);
  return parsed.ok ? parsed.value : parsed.code;
};

describe("a number as typed", () => {
  it("is digits with one decimal separator: a point in both languages, a comma too in French", () => {
    expect(value("2.5", "en")).toBe(2.5);
    expect(value(" 2.5 ", "fr")).toBe(2.5);
    expect(value("2,5", "fr")).toBe(2.5);
    expect(value(",5", "fr")).toBe(0.5);
    expect(value(".5", "en")).toBe(0.5);
    expect(value("12", "en")).toBe(12);
    expect(value("", "en")).toBeNull();
  });

  it("is nothing else: no English comma, exponent, hex, sign, thousands separator, Infinity or NaN", () => {
    for (const raw of ["2,5", "1,000", "1e9", "1E3", "0x10", "0b1", "+5", "1 000", "1.000,5", "Infinity", "NaN", "1.2.3", "٣", "１２", "12 kg", "$"]) {
      expect(value(raw, "en"), raw).toBe("notANumber");
    }
    expect(value("1 000", "fr")).toBe("notANumber");
    expect(value("2,5,1", "fr")).toBe("notANumber");
    expect(value("-2", "en")).toBe("mustBePositive");
    expect(value("-0", "fr")).toBe("mustBePositive");
  });

  it("counts are digits only", () => {
    expect(parseWholeNumber("42")).toMatchObject({ ok: true, value: 42 });
    expect(parseWholeNumber("4.2")).toEqual({ ok: false, code: "notAWholeNumber" });
    expect(parseWholeNumber("0x10")).toEqual({ ok: false, code: "notAWholeNumber" });
    expect(readCount("10001", 1, 10_000)).toEqual({ ok: false, problem: { code: "atMostNumber", values: { max: 10_000 } } });
    expect(readCount("0", 1, 10_000)).toEqual({ ok: false, problem: { code: "atLeastNumber", values: { min: 1 } } });
  });
});

describe("sizes, weights and amounts, checked once converted", () => {
  it("stores grams, millimetres and cents", () => {
    expect(readWeight("1,25", "METRIC", "fr")).toEqual({ ok: true, value: 1250 });
    expect(readWeight("2", "IMPERIAL", "en")).toEqual({ ok: true, value: 907 });
    expect(readLength("12", "IMPERIAL", "en")).toEqual({ ok: true, value: 305 });
    expect(readMoney("12,50 $", "fr", 500_000)).toEqual({ ok: true, value: 1250 });
    expect(readMoney("$12.50", "en", 500_000)).toEqual({ ok: true, value: 1250 });
    expect(readMoney("0", "en", 500_000)).toEqual({ ok: true, value: 0 });
  });

  it("a value that rounds to nothing is 'at least' the smallest one in the user's units, not 1 g", () => {
    expect(readWeight("0.0001", "METRIC", "en")).toEqual({ ok: false, problem: { code: "atLeast", values: { min: 0.001, unit: "kg" } } });
    expect(readWeight("0.001", "IMPERIAL", "en")).toEqual({ ok: false, problem: { code: "atLeast", values: { min: 0.01, unit: "lb" } } });
    expect(readLength("0.01", "METRIC", "en")).toEqual({ ok: false, problem: { code: "atLeast", values: { min: 0.1, unit: "cm" } } });
    expect(readWeight("0", "METRIC", "en")).toEqual({ ok: false, problem: { code: "mustBePositive" } });
    expect(readMoney("0.001", "en", 500_000)).toEqual({ ok: false, problem: { code: "moneyCents" } });
  });

  it("nothing larger than a parcel, or than the amount Canada Post takes, is read", () => {
    expect(readWeight("30", "METRIC", "en")).toEqual({ ok: true, value: 30_000 });
    expect(readWeight("30.001", "METRIC", "en")).toEqual({ ok: false, problem: { code: "tooHeavy" } });
    expect(readWeight("99999999999999999999", "METRIC", "en")).toEqual({ ok: false, problem: { code: "tooHeavy" } });
    expect(readLength("201", "METRIC", "en")).toEqual({ ok: false, problem: { code: "sideTooLong" } });
    expect(readMoney("5000.01", "en", 500_000)).toEqual({ ok: false, problem: { code: "moneyAtMost", values: { max: "$5,000.00" } } });
    expect(readMoney("5000,01", "fr", 500_000)).toMatchObject({ ok: false, problem: { code: "moneyAtMost" } });
  });
});
