import { PDFDocument } from "pdf-lib";
import { beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "@/lib/api/keys";
import { cancelReturn } from "@/lib/returns/cancel";
import { refreshReturns } from "@/lib/returns/scan";
import { adminQuery } from "../db";
import { boughtShipment, RETURN_BODY, returnableShipment } from "./example-requests";
import { apiShop, call, type ApiShop } from "./support";

const DAY = 86_400_000;

async function ledger(businessId: string) {
  return adminQuery<{ type: string; amountCents: number }>(`SELECT type::text, "amountCents" FROM "AccountTransaction" WHERE "businessId" = $1 ORDER BY "createdAt"`, [businessId]);
}

async function returnEmails(businessId: string) {
  return adminQuery<{ to: string; locale: string }>(`SELECT "to", locale::text FROM "EmailMessage" WHERE "businessId" = $1 AND kind = 'RETURN' ORDER BY "createdAt"`, [businessId]);
}

async function liveShop(label: string): Promise<ApiShop> {
  const shop = await apiShop(label, { mode: "LIVE" });
  await adminQuery(`UPDATE "Business" SET "accountNumber" = '0001234567', "creditLimitCents" = 1000000 WHERE id = $1`, [shop.business.id]);
  return shop;
}

const pdfSize = async (response: Response) => {
  const bytes = new Uint8Array(await response.arrayBuffer());
  const size = (await PDFDocument.load(bytes)).getPage(0).getSize();
  return { head: Buffer.from(bytes.slice(0, 5)).toString("latin1"), size: [Math.round(size.width), Math.round(size.height)] };
};

let test: ApiShop;
beforeAll(async () => {
  test = await apiShop("api-ret-test");
});

describe("POST /api/v1/shipments/{id}/returns", () => {
  it("makes a return label with a test key: numbered, estimated, nothing charged, the customer emailed", async () => {
    const shipment = await returnableShipment(test);
    const made = await call("POST", `/shipments/${shipment.id}/returns`, { key: test.key, body: { ...RETURN_BODY, customerEmail: "Marie@Example.com" } });
    expect(made.status, JSON.stringify(made.json)).toBe(201);
    const r = made.json;
    expect(r).toMatchObject({
      status: "issued",
      test: true,
      source: "api",
      shipmentId: shipment.id,
      reason: "wrongSize",
      note: "Too small",
      items: [{ description: "Wool mittens, grey", sku: "MIT-GR-M", quantity: 1 }],
      customerEmail: "marie@example.com",
      locale: "fr",
      payer: "business",
      charged: null,
      scannedAt: null,
      labelUrl: `http://127.0.0.1/api/v1/returns/${r.id}/label`,
    });
    expect(r.number).toMatch(/^R-[2-9A-Z]{6}$/);
    expect(r.trackingNumber).toMatch(/^\d{16}$/);
    expect(r.estimated.amount).toBeGreaterThan(0);
    expect(r.issuedAt).not.toBeNull();
    expect(await ledger(test.business.id)).toEqual([]);
    expect(await returnEmails(test.business.id)).toEqual([{ to: "marie@example.com", locale: "fr" }]);
    expect((await call("GET", `/returns/${r.id}`, { key: test.key })).json).toEqual(r);
  });

  it("returns the whole parcel when no item is named, and keeps the email without sending it when asked", async () => {
    const shop = await apiShop("api-ret-quiet");
    const shipment = await returnableShipment(shop);
    const made = await call("POST", `/shipments/${shipment.id}/returns`, { key: shop.key, body: { reason: "damaged", customerEmail: "sam@example.com", sendEmail: false } });
    expect(made.status, JSON.stringify(made.json)).toBe(201);
    expect(made.json).toMatchObject({ items: [], customerEmail: "sam@example.com", locale: "en" });
    expect(await returnEmails(shop.business.id)).toEqual([]);
  });

  it("makes one return for one Idempotency-Key, and refuses the key with another body", async () => {
    const shop = await apiShop("api-ret-idem");
    const shipment = await returnableShipment(shop);
    const headers = { "idempotency-key": "return-order-1001" };
    const first = await call("POST", `/shipments/${shipment.id}/returns`, { key: shop.key, body: RETURN_BODY, headers });
    const second = await call("POST", `/shipments/${shipment.id}/returns`, { key: shop.key, body: RETURN_BODY, headers });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.json).toEqual(first.json);
    expect(second.headers.get("idempotent-replayed")).toBe("true");
    const count = async () => (await adminQuery<{ count: number }>(`SELECT count(*)::int AS count FROM "Return" WHERE "businessId" = $1`, [shop.business.id]))[0]!.count;
    expect(await count()).toBe(1);
    expect(await returnEmails(shop.business.id)).toHaveLength(1);
    const other = await call("POST", `/shipments/${shipment.id}/returns`, { key: shop.key, body: { ...RETURN_BODY, reason: "damaged" }, headers });
    expect(other.status).toBe(409);
    expect(other.json.error).toMatchObject({ type: "idempotency_error", param: "Idempotency-Key" });
    expect(await count()).toBe(1);
  });

  it("names each refused field, in English and in French, and makes nothing", async () => {
    const shop = await apiShop("api-ret-bad");
    const shipment = await returnableShipment(shop);
    const path = `/shipments/${shipment.id}/returns`;
    const refused = async (body: unknown, locale: "en" | "fr" = "en") => {
      const answer = await call("POST", path, { key: shop.key, body, locale });
      return { status: answer.status, param: answer.json.error.param, errors: Object.fromEntries(answer.json.error.errors.map((e: { param: string; message: string }) => [e.param, e.message])) };
    };

    const en = await refused({ reason: "bored", items: [{ description: "Wool mittens, grey", sku: "MIT-GR-M", quantity: 3 }], customerEmail: "not-an-email" });
    expect(en.status).toBe(422);
    expect(en.errors).toEqual({
      reason: "Reason: Choose a reason from the list.",
      items: "Items returned: Choose items of this parcel, each at most as many times as it was sent.",
      customerEmail: "Customer's email: Enter a valid email address, or leave it blank.",
    });
    const fr = await refused({ reason: "bored", items: [{ description: "Tuque", quantity: 1 }], customerEmail: "pas-un-courriel" }, "fr");
    expect(fr.errors).toEqual({
      reason: "Motif : Choisissez une raison dans la liste.",
      items: "Articles retournés : Choisissez des articles de ce colis, chacun au plus autant de fois qu'il a été envoyé.",
      customerEmail: "Courriel du client : Entrez une adresse courriel valide, ou laissez le champ vide.",
    });

    const tooMany = await refused({ reason: "damaged", items: Array.from({ length: 51 }, () => ({ description: "Wool mittens, grey", sku: "MIT-GR-M", quantity: 1 })) });
    expect(tooMany.status).toBe(400);
    expect(tooMany.param).toBe("items");
    expect(tooMany.errors.items).toMatch(/^Items returned: /);
    const noReason = await refused({ items: [] }, "fr");
    expect(noReason.status).toBe(400);
    expect(noReason.param).toBe("reason");
    expect(noReason.errors.reason).toMatch(/^Motif/);
    const longNote = await refused({ reason: "damaged", note: "x".repeat(501) });
    expect(longNote.status).toBe(400);
    expect(longNote.errors.note).toMatch(/500/);

    expect((await adminQuery<{ count: number }>(`SELECT count(*)::int AS count FROM "Return" WHERE "businessId" = $1`, [shop.business.id]))[0]!.count).toBe(0);
  });

  it("refuses a voided shipment with its own code (422), a read-only key (403), and another business's shipment (404)", async () => {
    const shop = await apiShop("api-ret-void");
    const shipment = await returnableShipment(shop);
    expect((await call("POST", `/shipments/${shipment.id}/void`, { key: shop.key })).status).toBe(200);
    for (const locale of ["en", "fr"] as const) {
      const answer = await call("POST", `/shipments/${shipment.id}/returns`, { key: shop.key, body: RETURN_BODY, locale });
      expect(answer.status).toBe(422);
      expect(answer.json.error).toMatchObject({ type: "invalid_request_error", code: "shipmentNotReturnable", param: "id" });
      expect(answer.json.error.message).toContain(locale === "en" ? "no label in use" : "pas d'étiquette en vigueur");
    }
    const theirs = await returnableShipment(test);
    const reader = await apiShop("api-ret-reader", { scope: "READ" });
    const readOnly = await call("POST", `/shipments/${theirs.id}/returns`, { key: (await createApiKey(test.owner, { name: "reader", mode: "TEST", scope: "READ" })).secret, body: RETURN_BODY });
    expect(readOnly.status).toBe(403);
    expect(readOnly.json.error.code).toBe("scopeRead");
    const other = await call("POST", `/shipments/${theirs.id}/returns`, { key: (await apiShop("api-ret-other")).key, body: RETURN_BODY });
    expect(other.status).toBe(404);
    expect(other.json.error.type).toBe("not_found_error");
    expect((await call("GET", "/returns", { key: reader.key })).json.data).toEqual([]);
  });

  it("answers the carrier's refusal on the shipment's id, in the caller's language, and keeps no return", async () => {
    const shop = await apiShop("api-ret-abroad");
    const shipment = await returnableShipment(shop);
    // The customer now lives abroad: return labels are domestic only.
    await adminQuery(
      `UPDATE "Shipment" SET "labelData" = jsonb_set("labelData", '{label,recipient}', ("labelData"->'label'->'recipient') || '{"country":"US","province":"NY","postalCode":"10001"}'::jsonb) WHERE id = $1`,
      [shipment.id],
    );
    const answer = await call("POST", `/shipments/${shipment.id}/returns`, { key: shop.key, body: RETURN_BODY, locale: "fr" });
    expect(answer.status).toBe(422);
    expect(answer.json.error.errors).toEqual([expect.objectContaining({ param: "id", code: "returnNotDomestic" })]);
    expect(answer.json.error.errors[0].message).toContain("Les étiquettes de retour ne sont émises que pour les colis envoyés au Canada");
    expect((await adminQuery<{ count: number }>(`SELECT count(*)::int AS count FROM "Return" WHERE "businessId" = $1`, [shop.business.id]))[0]!.count).toBe(0);
  });

  it("keeps test keys to test labels: a real label's return needs a live key", async () => {
    const shop = await liveShop("api-ret-live");
    const shipment = await boughtShipment(shop, { items: [{ description: "Wool mittens, grey", sku: "MIT-GR-M", quantity: 2 }] });
    const testKey = (await createApiKey(shop.owner, { name: "test", mode: "TEST", scope: "FULL" })).secret;
    const refused = await call("POST", `/shipments/${shipment.id}/returns`, { key: testKey, body: RETURN_BODY, locale: "fr" });
    expect(refused.status).toBe(422);
    expect(refused.json.error).toMatchObject({ code: "returnTestKeyLiveShipment", param: "id" });
    expect(refused.json.error.message).toContain("clé de test");
    const made = await call("POST", `/shipments/${shipment.id}/returns`, { key: shop.key, body: RETURN_BODY });
    expect(made.status, JSON.stringify(made.json)).toBe(201);
    expect(made.json.test).toBe(false);
  });
});

describe("reading, printing and cancelling returns", () => {
  it("lists returns newest first with a cursor, by status and by shipment", async () => {
    const shop = await apiShop("api-ret-list");
    const s1 = await returnableShipment(shop);
    const s2 = await returnableShipment(shop);
    const ids: string[] = [];
    for (const s of [s1, s1, s2]) ids.push((await call("POST", `/shipments/${s.id}/returns`, { key: shop.key, body: { reason: "damaged", sendEmail: false } })).json.id);
    const first = await call("GET", "/returns?limit=2", { key: shop.key });
    expect(first.status).toBe(200);
    expect(first.json.data.map((r: { id: string }) => r.id)).toEqual([ids[2], ids[1]]);
    expect(first.json.hasMore).toBe(true);
    const second = await call("GET", `/returns?limit=2&cursor=${first.json.nextCursor}`, { key: shop.key });
    expect(second.json.data.map((r: { id: string }) => r.id)).toEqual([ids[0]]);
    expect(second.json.nextCursor).toBeNull();
    expect((await call("GET", `/returns?shipmentId=${s1.id}`, { key: shop.key })).json.data.map((r: { id: string }) => r.id)).toEqual([ids[1], ids[0]]);
    expect((await call("POST", `/returns/${ids[1]}/cancel`, { key: shop.key })).status).toBe(200);
    expect((await call("GET", "/returns?status=cancelled", { key: shop.key })).json.data.map((r: { id: string }) => r.id)).toEqual([ids[1]]);
    expect((await call("GET", "/returns?status=issued", { key: shop.key })).json.data.map((r: { id: string }) => r.id)).toEqual([ids[2], ids[0]]);
    const bad = await call("GET", "/returns?status=lost", { key: shop.key });
    expect(bad.status).toBe(400);
    expect(bad.json.error.param).toBe("status");
    expect((await call("GET", "/returns?cursor=nope!", { key: shop.key })).status).toBe(400);
  });

  it("gives the label as a letter PDF and a 4 x 6 PDF, to a read-only key too", async () => {
    const r = (await call("POST", `/shipments/${(await returnableShipment(test)).id}/returns`, { key: test.key, body: RETURN_BODY })).json;
    const reader = (await createApiKey(test.owner, { name: "label reader", mode: "TEST", scope: "READ" })).secret;
    const letter = await call("GET", `/returns/${r.id}/label`, { key: reader });
    expect(letter.status).toBe(200);
    expect(letter.headers.get("content-type")).toBe("application/pdf");
    expect(letter.headers.get("content-disposition")).toContain(`return-label-${r.number}.pdf`);
    expect(await pdfSize(letter.response)).toEqual({ head: "%PDF-", size: [612, 792] });
    const thermal = await call("GET", `/returns/${r.id}/label?format=pdf_4x6`, { key: test.key });
    expect(await pdfSize(thermal.response)).toEqual({ head: "%PDF-", size: [288, 432] });
    expect((await call("GET", `/returns/${r.id}/label?format=png`, { key: test.key })).status).toBe(400);
  });

  it("cancels an unused label once: no label after, a second cancel is a 409, a read-only key may not", async () => {
    const r = (await call("POST", `/shipments/${(await returnableShipment(test)).id}/returns`, { key: test.key, body: RETURN_BODY })).json;
    const reader = (await createApiKey(test.owner, { name: "cancel reader", mode: "TEST", scope: "READ" })).secret;
    expect((await call("POST", `/returns/${r.id}/cancel`, { key: reader })).status).toBe(403);
    const cancelled = await call("POST", `/returns/${r.id}/cancel`, { key: test.key });
    expect(cancelled.status).toBe(200);
    expect(cancelled.json).toMatchObject({ id: r.id, status: "cancelled", labelUrl: null, trackingNumber: r.trackingNumber, charged: null });
    expect(cancelled.json.cancelledAt).not.toBeNull();
    const again = await call("POST", `/returns/${r.id}/cancel`, { key: test.key, locale: "fr" });
    expect(again.status).toBe(409);
    expect(again.json.error).toMatchObject({ type: "conflict_error", code: "returnNotCancellable", message: "Seule une étiquette de retour émise et pas encore lue par le transporteur peut être annulée." });
    const label = await call("GET", `/returns/${r.id}/label`, { key: test.key });
    expect(label.status).toBe(409);
    expect(label.json.error.code).toBe("returnLabelUnavailable");
    const audit = await adminQuery<{ action: string }>(`SELECT action FROM "AuditLog" WHERE "businessId" = $1 AND "entityId" = $2 ORDER BY "createdAt"`, [test.business.id, r.id]);
    expect(audit.map((a) => a.action)).toEqual(["return.requested", "return.issued", "return.cancelled"]);
  });

  it("answers 404 for another business's return and for an id that does not exist", async () => {
    const r = (await call("POST", `/shipments/${(await returnableShipment(test)).id}/returns`, { key: test.key, body: RETURN_BODY })).json;
    const other = await apiShop("api-ret-stranger");
    for (const id of [r.id, "missing-id"]) {
      for (const [method, path] of [["GET", `/returns/${id}`], ["GET", `/returns/${id}/label`], ["POST", `/returns/${id}/cancel`]] as const) {
        const answer = await call(method, path, { key: other.key });
        expect(answer.status, `${method} ${path}`).toBe(404);
        expect(answer.json.error.type).toBe("not_found_error");
      }
    }
    expect((await call("GET", `/returns?shipmentId=${r.shipmentId}`, { key: other.key })).json.data).toEqual([]);
    expect((await call("GET", `/returns/${r.id}`, { key: test.key })).json.status).toBe("issued");
  });
});

describe("paid when used", () => {
  it("charges a live return its estimate at the first scan, shows it, and then refuses to cancel it", async () => {
    const shop = await liveShop("api-ret-paid");
    const shipment = await boughtShipment(shop, { items: [{ description: "Wool mittens, grey", sku: "MIT-GR-M", quantity: 2 }] });
    const r = (await call("POST", `/shipments/${shipment.id}/returns`, { key: shop.key, body: RETURN_BODY })).json;
    expect((await ledger(shop.business.id)).map((t) => t.type)).toEqual(["CHARGE"]);
    expect(await refreshReturns(shop.owner, { now: new Date(Date.now() + 20 * DAY) })).toEqual({ scanned: 1, arrived: 1 });
    const after = (await call("GET", `/returns/${r.id}`, { key: shop.key })).json;
    expect(after).toMatchObject({ status: "arrived", charged: r.estimated, labelUrl: null });
    expect(after.scannedAt).not.toBeNull();
    expect(after.arrivedAt).not.toBeNull();
    expect(await ledger(shop.business.id)).toEqual([expect.objectContaining({ type: "CHARGE" }), { type: "CHARGE", amountCents: r.estimated.amount }]);
    const [charge] = (await call("GET", "/account/transactions?limit=1", { key: shop.key, locale: "fr" })).json.data;
    expect(charge).toMatchObject({ type: "charge", amount: r.estimated, returnId: r.id, shipmentId: null, description: `Étiquette du retour ${r.number} (repérage ${r.trackingNumber})` });
    expect((await call("POST", `/returns/${r.id}/cancel`, { key: shop.key })).status).toBe(409);
  });

  it("never charges the return of a test label, even once used", async () => {
    const shop = await apiShop("api-ret-free");
    const r = (await call("POST", `/shipments/${(await returnableShipment(shop)).id}/returns`, { key: shop.key, body: RETURN_BODY })).json;
    expect(await refreshReturns(shop.owner, { now: new Date(Date.now() + 20 * DAY) })).toEqual({ scanned: 1, arrived: 1 });
    expect((await call("GET", `/returns/${r.id}`, { key: shop.key })).json).toMatchObject({ status: "arrived", test: true, charged: { amount: 0, currency: "CAD" } });
    expect(await ledger(shop.business.id)).toEqual([]);
  });

  it("the carrier refuses to cancel a label it has already scanned", async () => {
    const r = (await call("POST", `/shipments/${(await returnableShipment(test)).id}/returns`, { key: test.key, body: RETURN_BODY })).json;
    await expect(cancelReturn(test.owner, r.id, new Date(Date.now() + 20 * DAY))).rejects.toMatchObject({ namespace: "rating.problems", problems: { status: { code: "returnAlreadyScanned" } } });
    expect((await call("GET", `/returns/${r.id}`, { key: test.key })).json.status).toBe("issued");
  });
});
