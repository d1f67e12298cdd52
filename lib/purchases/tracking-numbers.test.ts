/**
 * Tracking numbers cannot be walked: shipments issued one after the other, in one business or in
 * two, get valid, unique numbers that are not neighbours, from a key the application cannot change.
 */
import { describe, expect, it } from "vitest";
import { isValidPin, isValidS10 } from "@/lib/shipments/tracking-numbers";
import { withTenant } from "@/lib/tenancy/context";
import { paidBatchOf, payingBusiness } from "@/tests/batch-helpers";

const serialOf = (pin: string) => BigInt(pin.slice(2, 15));

describe("tracking numbers issued at purchase", () => {
  it("are valid and unique, and consecutive shipments of any business do not get neighbouring numbers", async () => {
    const first = await payingBusiness("pins1");
    const second = await payingBusiness("pins2");
    const mine = await paidBatchOf(first.actor, 4);
    const theirs = await paidBatchOf(second.actor, 2);
    const pins = [...mine, ...theirs].map((s) => s.trackingNumber!);
    expect(pins.every(isValidPin)).toBe(true);
    expect(new Set(pins).size).toBe(6);
    const serials = pins.map(serialOf).sort((a, b) => (a < b ? -1 : 1));
    for (let i = 1; i < serials.length; i++) expect(serials[i]! - serials[i - 1]! > 1_000n).toBe(true);
    // Abroad too: S10 numbers with a valid check digit, not consecutive.
    const abroad = await paidBatchOf(first.actor, 2, (d) => ({
      ...d,
      recipient: { ...d.recipient, country: "US", province: "NY", postalCode: "10001", city: "New York", line1: "350 5th Ave", phone: "212 555 0100" },
      customs: { currency: "CAD", reason: "SALE_OF_GOODS", items: [{ description: "Wool scarf", quantity: 1, unitValueCents: 4500, unitWeightGrams: 400, hsCode: "611710", originCountry: "CA" }] },
    }));
    const s10 = abroad.map((s) => s.trackingNumber!);
    expect(s10.every(isValidS10)).toBe(true);
    const [a, b] = s10.map((n) => Number(n.slice(2, 10)));
    expect(Math.abs(a! - b!)).toBeGreaterThan(1);
  });

  it("come from a key the application's role can read but not change", async () => {
    const { actor } = await payingBusiness("pins3");
    const attempt = await withTenant(actor, (tx) => tx.trackingNumberKey.update({ where: { id: 1 }, data: { key: Buffer.alloc(32) } })).then(
      () => "changed",
      (e: unknown) => String(e),
    );
    expect(attempt).toMatch(/permission denied/);
  });
});
