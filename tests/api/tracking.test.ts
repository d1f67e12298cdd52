import { beforeAll, describe, expect, it } from "vitest";
import type { Shipment } from "@/lib/db/generated/client";
import { refreshTracking } from "@/lib/tracking/refresh";
import { withTenant } from "@/lib/tenancy/context";
import { paidBatchOf } from "../batch-helpers";
import { apiShop, call, type ApiShop } from "./support";

const day = (iso: string, n: number, hour = 12) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000 + hour * 3_600_000);

async function shipped(label: string): Promise<{ shop: ApiShop; shipment: Shipment }> {
  const shop = await apiShop(label);
  await withTenant(shop.owner, (tx) => tx.business.update({ where: { id: shop.business.id }, data: { accountNumber: "0001234567", creditLimitCents: 1_000_000 } }));
  const [shipment] = await paidBatchOf(shop.owner, 1, (d) => ({ ...d, locationId: shop.locationId }));
  return { shop, shipment: shipment! };
}

let shop: ApiShop;
let shipment: Shipment;
let other: { shop: ApiShop; shipment: Shipment };
beforeAll(async () => {
  ({ shop, shipment } = await shipped("api-tracking"));
  other = await shipped("api-tracking-other");
});

describe("GET /tracking/{number}", () => {
  it("gives the business's parcel, its status and its events newest first, in the caller's language", async () => {
    const mailing = (shipment.labelData as { quote: { mailingDate: string } }).quote.mailingDate;
    // Three days after mailing (the reference carrier's simulated clock): handed over and on its way.
    await refreshTracking(shop.owner, { now: day(mailing, 3) });
    const number = shipment.trackingNumber!;
    const answer = await call("GET", `/tracking/${number}`, { key: shop.key });
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({ trackingNumber: number, shipmentId: shipment.id, tracked: true, sample: true, service: { code: shipment.serviceCode } });
    const events = answer.json.events as { occurredAt: string; status: string; description: string }[];
    expect(events.length).toBeGreaterThan(1);
    expect(events.map((e) => e.occurredAt)).toEqual([...events.map((e) => e.occurredAt)].sort().reverse());
    expect(events.at(-1)!.status).toBe("created");
    expect(answer.json.status).toBe(events[0]!.status);
    const fr = await call("GET", `/tracking/${number.replace(/(\d{4})(?=\d)/g, "$1 ")}`, { key: shop.key, locale: "fr" });
    expect(fr.status).toBe(200);
    expect(fr.json.events.map((e: { code: string }) => e.code)).toEqual(events.map((e) => (e as unknown as { code: string }).code));
    expect(fr.json.events[0].description).not.toBe(events[0]!.description);
    expect(fr.json.statusText).not.toBe(answer.json.statusText);
  });

  it("answers another business's number exactly like an unknown one", async () => {
    const theirs = await call("GET", `/tracking/${other.shipment.trackingNumber}`, { key: shop.key });
    expect(theirs.status).toBe(404);
    expect(theirs.json.error).toMatchObject({ type: "not_found_error", code: "trackingNotFound", param: "number" });
    expect(JSON.stringify(theirs.json)).not.toContain(other.shipment.recipientName);
    const unknown = await call("GET", "/tracking/1234567890123456", { key: shop.key, locale: "fr" });
    expect(unknown.status).toBe(404);
    expect(unknown.json.error.code).toBe("trackingNotFound");
    expect(unknown.json.error.message).toMatch(/Aucun colis/);
    expect((await call("GET", `/tracking/${other.shipment.trackingNumber}`, { key: other.shop.key })).status).toBe(200);
  });

  it("lets a read-only key track, not a storefront key", async () => {
    const reader = await apiShop("api-tracking-reader", { scope: "READ" });
    const store = await apiShop("api-tracking-store", { scope: "RATES" });
    expect((await call("GET", "/tracking/1234567890123456", { key: reader.key })).status).toBe(404);
    expect((await call("GET", "/tracking/1234567890123456", { key: store.key })).status).toBe(403);
  });
});
