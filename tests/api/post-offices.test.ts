import { beforeAll, describe, expect, it } from "vitest";
import { apiShop, call, type ApiShop } from "./support";

let store: ApiShop;
beforeAll(async () => {
  store = await apiShop("api-offices", { scope: "RATES" });
});

describe("GET /post-offices", () => {
  it("lists the offices nearest a postal code, closest first, for a storefront key", async () => {
    const answer = await call("GET", "/post-offices?postalCode=H2H%202S6&limit=5", { key: store.key });
    expect(answer.status).toBe(200);
    expect(answer.json.sample).toBe(true);
    const offices = answer.json.data as { id: string; distanceKm: number; hours: { day: string }[]; deliverToPostOffice: boolean; address: { city: string } }[];
    expect(offices).toHaveLength(5);
    expect(offices.map((o) => o.distanceKm)).toEqual([...offices.map((o) => o.distanceKm)].sort((a, b) => a - b));
    expect(offices[0]!.hours.map((h) => h.day)).toEqual(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);
  });

  it("keeps to offices that hold Deliver to Post Office parcels when asked", async () => {
    const d2po = await call("GET", "/post-offices?postalCode=H2H2S6&limit=20&deliverToPostOffice=true", { key: store.key });
    expect(d2po.json.data.length).toBeGreaterThan(0);
    expect(d2po.json.data.every((o: { deliverToPostOffice: boolean }) => o.deliverToPostOffice)).toBe(true);
  });

  it("words an unknown or missing postal code like the web page, in the caller's language", async () => {
    const unknown = await call("GET", "/post-offices?postalCode=ZZZ", { key: store.key, locale: "fr" });
    expect(unknown.status).toBe(422);
    expect(unknown.json.error.param).toBe("postalCode");
    expect(unknown.json.error.errors[0].message).toMatch(/Aucun lieu trouvé pour « ZZZ »/);
    const missing = await call("GET", "/post-offices", { key: store.key });
    expect(missing.status).toBe(400);
    expect(missing.json.error.param).toBe("postalCode");
    expect(missing.json.error.errors[0].message).toMatch(/^Postal or ZIP code/);
  });
});
