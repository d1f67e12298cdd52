import { afterEach, describe, expect, it, vi } from "vitest";
import { withTenant } from "@/lib/tenancy/context";
import { apiShop, call } from "./support";

const parcel = (weightGrams: number) => ({ weightGrams, lengthMm: 300, widthMm: 200, heightMm: 100 });
const transit = (json: { rates: { service: { code: string }; transitBusinessDays: number }[] }) => json.rates.find((r) => r.service.code === "DOM.EP")!.transitBusinessDays;

afterEach(() => vi.useRealTimers());

describe("POST /api/v1/rates, what it reads of the business", () => {
  it("rates each request from the location it names, and a moved location within 10 seconds", async () => {
    const shop = await apiShop("api-rates-context");
    // The fixture's location is in Ottawa (K1A); a second one in Vancouver.
    const vancouver = await withTenant(shop.owner, (tx) =>
      tx.location.create({ data: { businessId: shop.business.id, label: "West", contactName: "Owner", phone: "604 555 0100", line1: "1 Main St", city: "Vancouver", province: "BC", postalCode: "V6B 1A1" }, select: { id: true } }),
    );
    const rate = async (locationId: string, grams: number) => {
      const answer = await call("POST", "/rates", { key: shop.key, body: { from: { locationId }, to: { country: "CA", postalCode: "V6B 1A1" }, parcel: parcel(grams) } });
      expect(answer.status).toBe(200);
      return transit(answer.json);
    };
    const fromOttawa = await rate(shop.locationId, 1000);
    const local = await rate(vancouver.id, 1001);
    expect(local).toBeLessThan(fromOttawa);

    // The Ottawa location moves to Vancouver: a checkout asking many times a second keeps what it read
    // for up to 10 s, then rates from the new address.
    await withTenant(shop.owner, (tx) => tx.location.update({ where: { id: shop.locationId }, data: { city: "Vancouver", province: "BC", postalCode: "V6B 1A1" } }));
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 11_000 });
    expect(await rate(shop.locationId, 1002)).toBe(local);
  });
});
