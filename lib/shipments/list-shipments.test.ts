import { beforeAll, describe, expect, it } from "vitest";
import { foldForSearch } from "@/lib/contacts/search-text";
import type { Actor } from "@/lib/tenancy/actor";
import { withTenant } from "@/lib/tenancy/context";
import { createTestBusiness, createTestLocation } from "@/tests/fixtures";
import { shipmentQuerySchema } from "./list-schema";
import { COUNT_CAP, exportShipments, listShipments } from "./list-shipments";

interface Issued {
  name: string;
  tracking: string;
  reference?: string;
  postalCode?: string;
  /** When the label was bought (UTC). Null: a draft, not in the history. */
  at: string | null;
  status?: "LABELLED" | "VOIDED";
  trackingStatus?: "CREATED" | "IN_TRANSIT" | "DELIVERED";
  service?: string;
  locationId?: string;
  batch?: number;
}

/** Shipments as a purchase leaves them, straight into the business's batches (set-up shortcut). */
async function issue(actor: Actor, shipments: Issued[]) {
  await withTenant(actor, async (tx) => {
    const batches = new Map<number, string>();
    for (const number of new Set(shipments.map((s) => s.batch ?? 1))) {
      const batch = await tx.batch.upsert({ where: { businessId_number: { businessId: actor.businessId, number } }, create: { businessId: actor.businessId, number, status: "LABELLED" }, update: {}, select: { id: true } });
      batches.set(number, batch.id);
    }
    await tx.shipment.createMany({
      data: shipments.map((s, i) => ({
        businessId: actor.businessId,
        batchId: batches.get(s.batch ?? 1)!,
        position: i + 1,
        status: s.at === null ? ("DRAFT" as const) : (s.status ?? ("LABELLED" as const)),
        trackingStatus: s.at === null || s.status === "VOIDED" ? null : (s.trackingStatus ?? "CREATED"),
        recipientName: s.name,
        recipientLine1: "1 Main St",
        recipientCity: "Ottawa",
        recipientPostalCode: s.postalCode ?? "K1A 0B1",
        serviceCode: s.service ?? "DOM.EP",
        reference1: s.reference ?? null,
        trackingNumber: s.at === null ? null : s.tracking,
        locationId: s.locationId ?? null,
        labelledAt: s.at === null ? null : new Date(s.at),
        searchText: foldForSearch([s.tracking, s.reference, s.name, "ottawa", s.postalCode ?? "K1A 0B1", (s.postalCode ?? "K1A 0B1").replace(/\s/g, "")].filter(Boolean).join(" ")),
      })),
    });
  });
}

const actorOf = (b: { id: string; slug: string; owner: { id: string } }): Actor => ({ businessId: b.id, userId: b.owner.id, role: "OWNER", slug: b.slug });
const query = (over: Record<string, string> = {}) => shipmentQuerySchema.parse(over);

let actor: Actor;
let other: Actor;
let warehouse: string;
let store: string;
let otherLocation: string;

const names = async (over: Record<string, string> = {}) => (await listShipments(actor, query(over))).rows.map((r) => r.recipientName);

beforeAll(async () => {
  actor = actorOf(await createTestBusiness("history"));
  other = actorOf(await createTestBusiness("history-other"));
  warehouse = (await createTestLocation({ id: actor.businessId })).id;
  store = (await createTestLocation({ id: actor.businessId })).id;
  otherLocation = (await createTestLocation({ id: other.businessId })).id;
  await issue(actor, [
    { name: "Zoé Gagnon", tracking: "7000000000000011", reference: "ORDER-1001", postalCode: "G1R 4P5", at: "2026-01-31T12:00:00Z", locationId: warehouse, batch: 1 },
    // 23:30 on January 31 in Eastern time.
    { name: "Marc Tremblay", tracking: "7000000000000029", reference: "ORDER-1002", postalCode: "M5J 2X5", at: "2026-02-01T04:30:00Z", locationId: warehouse, batch: 1, service: "DOM.XP" },
    { name: "Ann Lee", tracking: "7000000000000037", reference: "ORDER_1003", postalCode: "H2X 1Y4", at: "2026-02-01T05:30:00Z", locationId: store, batch: 2, trackingStatus: "DELIVERED" },
    { name: "Jean Dupont", tracking: "7000000000000045", reference: "ORDER-1004", postalCode: "H2X 3A1", at: "2026-02-28T23:00:00Z", locationId: store, batch: 2, status: "VOIDED" },
    { name: "Léa Roy", tracking: "7000000000000053", reference: "ORDER-1005", postalCode: "H3B 1A7", at: "2026-03-01T06:00:00Z", batch: 3, trackingStatus: "IN_TRANSIT", service: "DOM.XP" },
    { name: "Draft Person", tracking: "draft", at: null, batch: 3 },
  ]);
  await issue(other, [{ name: "Secret Customer", tracking: "8000000000000018", reference: "HIDDEN-9", postalCode: "H2X 1Y4", at: "2026-02-15T12:00:00Z", locationId: otherLocation, batch: 7 }]);
});

describe("the shipments history", () => {
  it("lists issued shipments only, newest first, with the total", async () => {
    const list = await listShipments(actor, query());
    expect(list.rows.map((r) => r.recipientName)).toEqual(["Léa Roy", "Jean Dupont", "Ann Lee", "Marc Tremblay", "Zoé Gagnon"]);
    expect(list).toMatchObject({ total: 5, capped: false, page: 1, pages: 1 });
    expect(list.rows[0]).toMatchObject({ trackingNumber: "7000000000000053", reference1: "ORDER-1005", batch: { number: 3 } });
  });

  it("searches tracking numbers, references, names and postal codes; every word must match", async () => {
    expect(await names({ q: "0000000037" })).toEqual(["Ann Lee"]);
    expect(await names({ q: "order-1002" })).toEqual(["Marc Tremblay"]);
    expect(await names({ q: "LEA" })).toEqual(["Léa Roy"]);
    expect(await names({ q: "h2x" })).toEqual(["Jean Dupont", "Ann Lee"]);
    expect(await names({ q: "h2x dupont" })).toEqual(["Jean Dupont"]);
    expect(await names({ q: "h2x3a1" })).toEqual(["Jean Dupont"]);
    expect(await names({ q: "nobody" })).toEqual([]);
    expect((await listShipments(actor, query({ q: "nobody" }))).total).toBe(0);
  });

  it("takes the characters typed literally", async () => {
    // "_" and "%" are no wildcards: "order_1002" is not ORDER-1002.
    expect(await names({ q: "order_1002" })).toEqual([]);
    expect(await names({ q: "order_1003" })).toEqual(["Ann Lee"]);
    expect(await names({ q: "order%" })).toEqual([]);
  });

  it("filters by calendar days in Eastern time, both ends included", async () => {
    expect(await names({ from: "2026-02-01", to: "2026-02-28" })).toEqual(["Jean Dupont", "Ann Lee"]);
    expect(await names({ to: "2026-01-31" })).toEqual(["Marc Tremblay", "Zoé Gagnon"]);
    expect(await names({ from: "2026-03-01" })).toEqual(["Léa Roy"]);
  });

  it("filters by status, where the parcel is, service, location and batch, together", async () => {
    expect(await names({ status: "VOIDED" })).toEqual(["Jean Dupont"]);
    expect(await names({ status: "LABELLED" })).toEqual(["Léa Roy", "Ann Lee", "Marc Tremblay", "Zoé Gagnon"]);
    expect(await names({ status: "DELIVERED" })).toEqual(["Ann Lee"]);
    expect(await names({ status: "IN_TRANSIT" })).toEqual(["Léa Roy"]);
    expect(await names({ service: "DOM.XP" })).toEqual(["Léa Roy", "Marc Tremblay"]);
    expect(await names({ location: store })).toEqual(["Jean Dupont", "Ann Lee"]);
    expect(await names({ batch: "1" })).toEqual(["Marc Tremblay", "Zoé Gagnon"]);
    expect(await names({ batch: "1", service: "DOM.XP", q: "tremblay", location: warehouse, to: "2026-01-31", status: "CREATED" })).toEqual(["Marc Tremblay"]);
    expect(await names({ batch: "9" })).toEqual([]);
  });

  it("exports every match in the list's order", async () => {
    const rows = await exportShipments(actor, query({ q: "h2x" }));
    expect(rows.map((r) => r.recipientName)).toEqual(["Jean Dupont", "Ann Lee"]);
    expect((await exportShipments(actor, query())).map((r) => r.trackingNumber)).toEqual((await listShipments(actor, query())).rows.map((r) => r.trackingNumber));
  });

  it("never finds another business's shipments, by words, location or batch", async () => {
    const asked: Record<string, string>[] = [{ q: "secret" }, { q: "8000000000000018" }, { q: "hidden-9" }, { location: otherLocation }, { batch: "7" }];
    for (const over of asked) {
      expect(await names(over), JSON.stringify(over)).toEqual([]);
      expect(await exportShipments(actor, query(over))).toEqual([]);
    }
    expect((await listShipments(other, query({ q: "h2x" }))).rows.map((r) => r.recipientName)).toEqual(["Secret Customer"]);
  });
});

describe("a long history", () => {
  it("pages by 50, counts up to 1,000 and still pages and exports beyond", async () => {
    const busy = actorOf(await createTestBusiness("history-busy"));
    const start = Date.UTC(2026, 0, 1);
    const total = COUNT_CAP + 70;
    await issue(
      busy,
      Array.from({ length: total }, (_, i) => ({ name: `Client ${i}`, tracking: `6${String(i).padStart(15, "0")}`, at: new Date(start + i * 60_000).toISOString(), batch: 1 + Math.floor(i / 50) })),
    );
    const newestFirst = (keep: (i: number) => boolean) => Array.from({ length: total }, (_, i) => total - 1 - i).filter(keep).map((i) => `Client ${i}`);
    const first = await listShipments(busy, query());
    expect(first).toMatchObject({ total: COUNT_CAP, capped: true, pages: COUNT_CAP / 50 });
    expect(first.rows.map((r) => r.recipientName)).toEqual(newestFirst(() => true).slice(0, 50));
    const beyond = await listShipments(busy, query({ page: String(COUNT_CAP / 50 + 2) }));
    expect(beyond.rows.map((r) => r.recipientName)).toEqual(newestFirst(() => true).slice(COUNT_CAP + 50));
    // Every shipment whose number has "10" in it: fewer than the cap, counted exactly.
    const tens = newestFirst((i) => String(i).includes("10"));
    const few = await listShipments(busy, query({ q: "client 10" }));
    expect(few).toMatchObject({ total: tens.length, capped: false, pages: 2 });
    expect(few.rows.map((r) => r.recipientName)).toEqual(tens.slice(0, 50));
    expect((await listShipments(busy, query({ q: "client 10", page: "2" }))).rows.map((r) => r.recipientName)).toEqual(tens.slice(50));
    expect(await exportShipments(busy, query())).toHaveLength(total);
  });
});
