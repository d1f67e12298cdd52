import { beforeAll, describe, expect, it } from "vitest";
import { apiShop, call, type ApiShop } from "./support";

const marie = { name: "Marie Tremblay", line1: "1200 rue Sainte-Catherine O", city: "Montréal", province: "QC", postalCode: "h3b 1k9", country: "CA", tags: ["VIP", "vip", "wholesale"] };

let shop: ApiShop;
let other: ApiShop;
beforeAll(async () => {
  shop = await apiShop("api-contacts");
  other = await apiShop("api-contacts-other");
});

describe("/api/v1/contacts", () => {
  it("adds, reads, changes, finds and deletes a contact as a shop would", async () => {
    const created = await call("POST", "/contacts", { key: shop.key, body: marie });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ name: "Marie Tremblay", postalCode: "H3B 1K9", province: "QC", tags: ["vip", "wholesale"], company: null });
    const id = created.json.id;

    expect((await call("GET", `/contacts/${id}`, { key: shop.key })).json.city).toBe("Montréal");

    const changed = await call("PATCH", `/contacts/${id}`, { key: shop.key, body: { company: "Boutique Tremblay", phone: "514 555 0101" } });
    expect(changed.status, JSON.stringify(changed.json)).toBe(200);
    expect(changed.json).toMatchObject({ name: "Marie Tremblay", company: "Boutique Tremblay", phone: "514 555 0101", line1: marie.line1 });

    const found = await call("GET", "/contacts?q=boutique%20montreal", { key: shop.key });
    expect(found.json.data.map((c: { id: string }) => c.id)).toEqual([id]);
    expect((await call("GET", "/contacts?q=nobody", { key: shop.key })).json.data).toEqual([]);

    const deleted = await call("DELETE", `/contacts/${id}`, { key: shop.key });
    expect(deleted.json).toEqual({ id, deleted: true });
    expect((await call("GET", `/contacts/${id}`, { key: shop.key })).status).toBe(404);
  });

  it("pages the address book with a cursor", async () => {
    const book = await apiShop("api-contacts-pages");
    for (const name of ["Ann", "Bob", "Cal"]) expect((await call("POST", "/contacts", { key: book.key, body: { ...marie, name, tags: [] } })).status).toBe(201);
    const first = await call("GET", "/contacts?limit=2", { key: book.key });
    expect(first.json.data.map((c: { name: string }) => c.name)).toEqual(["Ann", "Bob"]);
    expect(first.json.hasMore).toBe(true);
    const second = await call("GET", `/contacts?limit=2&cursor=${first.json.nextCursor}`, { key: book.key });
    expect(second.json.data.map((c: { name: string }) => c.name)).toEqual(["Cal"]);
    expect(second.json).toMatchObject({ hasMore: false, nextCursor: null });
    const bad = await call("GET", "/contacts?cursor=nonsense", { key: book.key, locale: "fr" });
    expect(bad.status).toBe(400);
    expect(bad.json.error.message).toMatch(/curseur/);
  });

  it("words a too-long name and a bad address as the form does, in English and French", async () => {
    const long = await call("POST", "/contacts", { key: shop.key, body: { ...marie, name: "x".repeat(45) } });
    expect(long.status).toBe(400);
    expect(long.json.error.errors).toEqual([{ param: "name", code: "maxChars", message: "Name: at most 44 characters" }]);
    const longFr = await call("POST", "/contacts", { key: shop.key, body: { ...marie, name: "x".repeat(45) }, locale: "fr" });
    expect(longFr.json.error.errors[0].message).toBe("Nom : au plus 44 caractères");
    const fsa = await call("POST", "/contacts", { key: shop.key, body: { ...marie, postalCode: "12345" } });
    expect(fsa.status).toBe(422);
    expect(fsa.json.error.param).toBe("postalCode");
    expect(fsa.json.error.errors[0].message).toBe("Postal or ZIP code: Enter a Canadian postal code in the format A1A 1A1, for example K1A 0B1.");
    const tags = await call("POST", "/contacts", { key: shop.key, body: { ...marie, tags: ["t".repeat(31)] }, locale: "fr" });
    expect(tags.status).toBe(400);
    expect(tags.json.error.errors[0].param).toBe("tags.0");
  });

  it("answers 404 for another business's contact and for an id that does not exist, and keeps it", async () => {
    const theirs = await call("POST", "/contacts", { key: other.key, body: marie });
    for (const id of [theirs.json.id, "nope"]) {
      expect((await call("GET", `/contacts/${id}`, { key: shop.key })).status).toBe(404);
      expect((await call("PATCH", `/contacts/${id}`, { key: shop.key, body: { name: "Mine" } })).status).toBe(404);
      expect((await call("DELETE", `/contacts/${id}`, { key: shop.key })).status).toBe(404);
    }
    expect((await call("GET", `/contacts/${theirs.json.id}`, { key: other.key })).json.name).toBe("Marie Tremblay");
    expect((await call("GET", "/contacts", { key: shop.key })).json.data.map((c: { id: string }) => c.id)).not.toContain(theirs.json.id);
  });

  it("refuses writes to a read-only or storefront key, and lets a read-only key read", async () => {
    const reader = await apiShop("api-contacts-read", { scope: "READ" });
    const store = await apiShop("api-contacts-store", { scope: "RATES" });
    const write = await call("POST", "/contacts", { key: reader.key, body: marie });
    expect(write.status).toBe(403);
    expect(write.json.error.code).toBe("scopeRead");
    expect((await call("GET", "/contacts", { key: reader.key })).status).toBe(200);
    expect((await call("POST", "/contacts", { key: store.key, body: marie })).status).toBe(403);
    expect((await call("GET", "/contacts", { key: store.key })).status).toBe(403);
  });

  it("adds a contact once for one Idempotency-Key", async () => {
    const headers = { "idempotency-key": "contact-once" };
    const first = await call("POST", "/contacts", { key: other.key, body: { ...marie, name: "Once" }, headers });
    const again = await call("POST", "/contacts", { key: other.key, body: { ...marie, name: "Once" }, headers });
    expect(again.json.id).toBe(first.json.id);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect((await call("GET", "/contacts?q=once", { key: other.key })).json.data).toHaveLength(1);
    expect((await call("POST", "/contacts", { key: other.key, body: { ...marie, name: "Twice" }, headers })).status).toBe(409);
  });
});
