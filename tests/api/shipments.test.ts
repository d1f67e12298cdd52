import { PDFDocument } from "pdf-lib";
import { beforeAll, describe, expect, it } from "vitest";
import { adminQuery } from "../db";
import { createTestContact, createTestTemplate } from "../fixtures";
import { apiShop, call, type ApiShop } from "./support";

const parcel = { weightGrams: 1200, lengthMm: 300, widthMm: 200, heightMm: 100 };
const to = { name: "Marie Tremblay", line1: "1200 rue Sainte-Catherine O", city: "Montréal", province: "QC", postalCode: "H3B 1K9", country: "CA" };
const buyBody = (shop: ApiShop, extra: Record<string, unknown> = {}) => ({ from: { locationId: shop.locationId }, to, parcel, service: "DOM.EP", references: { reference1: "Order 1001" }, ...extra });

async function ledger(businessId: string) {
  return adminQuery<{ type: string; amountCents: number }>(`SELECT type::text, "amountCents" FROM "AccountTransaction" WHERE "businessId" = $1 ORDER BY "createdAt"`, [businessId]);
}

async function liveShop(label: string): Promise<ApiShop> {
  const shop = await apiShop(label, { mode: "LIVE" });
  await adminQuery(`UPDATE "Business" SET "accountNumber" = '0001234567', "creditLimitCents" = 1000000 WHERE id = $1`, [shop.business.id]);
  return shop;
}

let live: ApiShop;
let test: ApiShop;
beforeAll(async () => {
  live = await liveShop("api-ship-live");
  test = await apiShop("api-ship-test");
});

describe("POST /api/v1/shipments", () => {
  it("buys a label on account with a live key: tracking number, price, label URL, one charge", async () => {
    const bought = await call("POST", "/shipments", { key: live.key, body: buyBody(live) });
    expect(bought.status, JSON.stringify(bought.json)).toBe(201);
    const s = bought.json;
    expect(s).toMatchObject({ status: "purchased", test: false, service: { code: "DOM.EP", name: "Expedited Parcel" }, references: { reference1: "Order 1001", reference2: null }, parcel, trackingStatus: "created" });
    expect(s.trackingNumber).toMatch(/^\d{16}$/);
    expect(s.to).toMatchObject({ name: "Marie Tremblay", postalCode: "H3B 1K9" });
    expect(s.from).toMatchObject({ city: "Ottawa", postalCode: "K1A 0A9" });
    expect(s.price.amount).toBeGreaterThan(0);
    expect(s.labelUrl).toBe(`http://127.0.0.1/api/v1/shipments/${s.id}/label`);
    expect(await ledger(live.business.id)).toEqual([{ type: "CHARGE", amountCents: s.price.amount }]);
    const again = await call("GET", `/shipments/${s.id}`, { key: live.key });
    expect(again.json).toEqual(s);
  });

  it("keeps what the parcel holds for its packing slip, and names a bad item line", async () => {
    const items = [{ description: "Wool mittens", sku: "MIT-1", quantity: 2 }, { description: "Syrup" }];
    const bought = await call("POST", "/shipments", { key: test.key, body: buyBody(test, { items }) });
    expect(bought.status, JSON.stringify(bought.json)).toBe(201);
    expect(bought.json.items).toEqual([{ description: "Wool mittens", sku: "MIT-1", quantity: 2 }, { description: "Syrup", sku: null, quantity: 1 }]);
    const bad = await call("POST", "/shipments", { key: test.key, body: buyBody(test, { items: [{ description: "", quantity: 1 }] }) });
    expect(bad.status).toBe(400);
    expect(bad.json.error.errors[0]).toMatchObject({ param: "items.0.description", code: "required" });
  });

  it("never charges with a test key: the label is the reference carrier's and marked test", async () => {
    const bought = await call("POST", "/shipments", { key: test.key, body: buyBody(test) });
    expect(bought.status, JSON.stringify(bought.json)).toBe(201);
    expect(bought.json).toMatchObject({ status: "purchased", test: true });
    expect(bought.json.trackingNumber).toBeTruthy();
    expect(await ledger(test.business.id)).toEqual([]);
    const voided = await call("POST", `/shipments/${bought.json.id}/void`, { key: test.key });
    expect(voided.json.status).toBe("voided");
    expect(await ledger(test.business.id)).toEqual([]);
  });

  it("buys once for one Idempotency-Key, and refuses the key with another body", async () => {
    const shop = await liveShop("api-ship-idem");
    const headers = { "idempotency-key": "order-1001" };
    const first = await call("POST", "/shipments", { key: shop.key, body: buyBody(shop), headers });
    const second = await call("POST", "/shipments", { key: shop.key, body: buyBody(shop), headers });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.json).toEqual(first.json);
    expect(second.headers.get("idempotent-replayed")).toBe("true");
    expect(await ledger(shop.business.id)).toHaveLength(1);
    const count = (await adminQuery<{ count: number }>(`SELECT count(*)::int AS count FROM "Shipment" WHERE "businessId" = $1`, [shop.business.id]))[0]!.count;
    expect(count).toBe(1);
    const other = await call("POST", "/shipments", { key: shop.key, body: buyBody(shop, { service: "DOM.RP" }), headers });
    expect(other.status).toBe(409);
    expect(other.json.error.type).toBe("idempotency_error");
  });

  it("ships to a contact, with a template, from the default location", async () => {
    const contact = await createTestContact(test.business);
    const template = await createTestTemplate(test.business);
    const bought = await call("POST", "/shipments", { key: test.key, body: { to: { contactId: contact.id }, templateId: template.id, service: "DOM.RP" } });
    expect(bought.status, JSON.stringify(bought.json)).toBe(201);
    expect(bought.json.service.code).toBe("DOM.RP");
    expect(bought.json.from.postalCode).toBe("K1A 0A9");
  });

  it("words each problem as the batch sheet does, in English and in French, and buys nothing", async () => {
    const body = buyBody(test, { to: { ...to, line1: "", postalCode: "V6B 1A1" }, references: { reference1: "x".repeat(36) } });
    const en = await call("POST", "/shipments", { key: test.key, body });
    expect(en.status).toBe(422);
    const byParam = Object.fromEntries(en.json.error.errors.map((e: { param: string; message: string }) => [e.param, e.message]));
    expect(byParam["to.line1"]).toBe("Address line 1: Enter the street address or PO box.");
    expect(byParam["to.postalCode"]).toContain("This postal code belongs to British Columbia, not Quebec.");
    expect(byParam["references.reference1"]).toMatch(/35/);
    const fr = await call("POST", "/shipments", { key: test.key, body, locale: "fr" });
    const frByParam = Object.fromEntries(fr.json.error.errors.map((e: { param: string; message: string }) => [e.param, e.message]));
    expect(frByParam["to.line1"]).toContain("Entrez l'adresse municipale ou la case postale.");
    expect(frByParam["to.postalCode"]).toContain("Ce code postal appartient à la Colombie-Britannique, pas au Québec.");
    const missing = await call("POST", "/shipments", { key: test.key, body: { to, service: "DOM.EP" } });
    expect(missing.status).toBe(400);
    expect(missing.json.error.param).toBe("parcel");
  });

  it("refuses a service not offered for the parcel, and leaves nothing behind", async () => {
    const shop = await liveShop("api-ship-service");
    const answer = await call("POST", "/shipments", { key: shop.key, body: buyBody(shop, { service: "USA.EP" }) });
    expect(answer.status).toBe(422);
    expect(answer.json.error.param).toBe("service");
    const count = (await adminQuery<{ count: number }>(`SELECT count(*)::int AS count FROM "Batch" WHERE "businessId" = $1`, [shop.business.id]))[0]!.count;
    expect(count).toBe(0);
    expect(await ledger(shop.business.id)).toEqual([]);
  });

  it("refuses to buy with a read-only or storefront key", async () => {
    for (const scope of ["READ", "RATES"] as const) {
      const shop = await apiShop(`api-ship-${scope}`, { scope });
      const answer = await call("POST", "/shipments", { key: shop.key, body: buyBody(shop) });
      expect(answer.status).toBe(403);
    }
  });
});

describe("reading, voiding and printing shipments", () => {
  it("voids a label once: the charge comes back, a second void is a 409", async () => {
    const shop = await liveShop("api-ship-void");
    const bought = (await call("POST", "/shipments", { key: shop.key, body: buyBody(shop) })).json;
    const voided = await call("POST", `/shipments/${bought.id}/void`, { key: shop.key });
    expect(voided.status).toBe(200);
    expect(voided.json).toMatchObject({ id: bought.id, status: "voided", labelUrl: null });
    expect((await ledger(shop.business.id)).map((t) => t.type)).toEqual(["CHARGE", "CREDIT"]);
    const again = await call("POST", `/shipments/${bought.id}/void`, { key: shop.key, locale: "fr" });
    expect(again.status).toBe(409);
    expect(again.json.error.message).toBe("Cet envoi est déjà annulé.");
    expect((await ledger(shop.business.id))).toHaveLength(2);
    expect((await call("GET", `/shipments/${bought.id}/label`, { key: shop.key })).status).toBe(409);
  });

  it("gives the label as a 4 x 6 PDF, a letter PDF and ZPL", async () => {
    const s = (await call("POST", "/shipments", { key: test.key, body: buyBody(test) })).json;
    const sizes: Record<string, [number, number]> = { pdf_4x6: [288, 432], pdf_letter: [612, 792] };
    for (const [format, [w, h]] of Object.entries(sizes)) {
      const answer = await call("GET", `/shipments/${s.id}/label?format=${format}`, { key: test.key });
      expect(answer.status).toBe(200);
      expect(answer.headers.get("content-type")).toBe("application/pdf");
      const pdf = await PDFDocument.load(new Uint8Array(await answer.response.arrayBuffer()));
      const size = pdf.getPage(0).getSize();
      expect([Math.round(size.width), Math.round(size.height)]).toEqual([w, h]);
    }
    const zpl = await call("GET", `/shipments/${s.id}/label?format=zpl`, { key: test.key });
    expect(zpl.status).toBe(200);
    const text = await zpl.response.text();
    expect(text.startsWith("^XA")).toBe(true);
    expect(text).toContain(s.trackingNumber);
    expect(text).toContain("^BC");
    const bad = await call("GET", `/shipments/${s.id}/label?format=png`, { key: test.key });
    expect(bad.status).toBe(400);
  });

  it("buys a prepaid return label with the shipment: its number, and its page in the label file", async () => {
    const s = (await call("POST", "/shipments", { key: test.key, body: buyBody(test, { includeReturnLabel: true }) })).json;
    expect(s.returnTrackingNumber).toMatch(/^\d{16}$/);
    expect(s.returnTrackingNumber).not.toBe(s.trackingNumber);
    const answer = await call("GET", `/shipments/${s.id}/label`, { key: test.key });
    expect((await PDFDocument.load(new Uint8Array(await answer.response.arrayBuffer()))).getPageCount()).toBe(2);
    const zpl = await (await call("GET", `/shipments/${s.id}/label?format=zpl`, { key: test.key })).response.text();
    expect(zpl.match(/\^XA/g)).toHaveLength(2);
    expect(zpl).toContain(s.returnTrackingNumber);

    const returned = await call("POST", `/shipments/${s.id}/return-label`, { key: test.key });
    expect(returned.json).toEqual({ shipmentId: s.id, trackingNumber: s.returnTrackingNumber, test: true, labelUrl: `http://127.0.0.1/api/v1/shipments/${s.id}/label?part=return` });
    const alone = await call("GET", `/shipments/${s.id}/label?part=return&format=pdf_letter`, { key: test.key });
    const page = (await PDFDocument.load(new Uint8Array(await alone.response.arrayBuffer()))).getPages();
    expect(page.map((p) => Math.round(p.getSize().width))).toEqual([612]);
    const returnZpl = await (await call("GET", `/shipments/${s.id}/label?part=return&format=zpl`, { key: test.key })).response.text();
    expect(returnZpl).toContain(s.returnTrackingNumber);
    expect(returnZpl.match(/\^XA/g)).toHaveLength(1);

    const without = (await call("POST", "/shipments", { key: test.key, body: buyBody(test) })).json;
    const refused = await call("POST", `/shipments/${without.id}/return-label`, { key: test.key, locale: "fr" });
    expect(refused.status).toBe(409);
    expect(refused.json.error.message).toContain("includeReturnLabel");
    const reader = await apiShop("api-ship-return-reader", { scope: "READ" });
    expect((await call("POST", `/shipments/${s.id}/return-label`, { key: reader.key })).status).toBe(403);
    expect((await call("POST", `/shipments/${s.id}/return-label`, { key: (await apiShop("api-ship-return-other")).key })).status).toBe(404);
  });

  it("lists shipments newest first with a cursor and the history's filters", async () => {
    const shop = await apiShop("api-ship-list");
    const ids: string[] = [];
    for (const ref of ["Alpha 1", "Bravo 2", "Charlie 3"]) ids.push((await call("POST", "/shipments", { key: shop.key, body: buyBody(shop, { references: { reference1: ref } }) })).json.id);
    const first = await call("GET", "/shipments?limit=2", { key: shop.key });
    expect(first.status).toBe(200);
    expect(first.json.data.map((s: { id: string }) => s.id)).toEqual([ids[2], ids[1]]);
    expect(first.json.hasMore).toBe(true);
    const second = await call("GET", `/shipments?limit=2&cursor=${first.json.nextCursor}`, { key: shop.key });
    expect(second.json.data.map((s: { id: string }) => s.id)).toEqual([ids[0]]);
    expect(second.json.nextCursor).toBeNull();
    expect((await call("GET", "/shipments?q=bravo", { key: shop.key })).json.data.map((s: { id: string }) => s.id)).toEqual([ids[1]]);
    const voided = await call("POST", `/shipments/${ids[0]}/void`, { key: shop.key });
    expect(voided.status, JSON.stringify(voided.json)).toBe(200);
    expect((await call("GET", "/shipments?status=voided", { key: shop.key })).json.data.map((s: { id: string }) => s.id)).toEqual([ids[0]]);
    const reader = await apiShop("api-ship-list-reader", { scope: "READ" });
    expect((await call("GET", "/shipments", { key: reader.key })).status).toBe(200);
  });

  it("answers 404 for another business's shipment and for an id that does not exist", async () => {
    const theirs = (await call("POST", "/shipments", { key: test.key, body: buyBody(test) })).json;
    const other = await apiShop("api-ship-other");
    for (const id of [theirs.id, "missing-id"]) {
      for (const [method, path] of [["GET", `/shipments/${id}`], ["POST", `/shipments/${id}/void`], ["GET", `/shipments/${id}/label`]] as const) {
        const answer = await call(method, path, { key: other.key });
        expect(answer.status, `${method} ${path}`).toBe(404);
        expect(answer.json.error.type).toBe("not_found_error");
      }
    }
    expect((await call("GET", "/shipments", { key: other.key })).json.data).toEqual([]);
    const foreign = await call("POST", "/shipments", { key: other.key, body: { ...buyBody(other), from: { locationId: test.locationId } } });
    expect(foreign.status).toBe(404);
    expect(foreign.json.error.param).toBe("from.locationId");
    expect((await call("GET", `/shipments/${theirs.id}`, { key: test.key })).json.status).toBe("purchased");
  });
});
