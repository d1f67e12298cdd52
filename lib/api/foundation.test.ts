import { describe, expect, it } from "vitest";
import { scopeAllows } from "./actor";
import { namedFieldMessage } from "./errors";
import { canonicalJson } from "./handle";
import { API_KEY_PREFIX, hashApiKey, newApiKey, shownPrefix } from "./keys";
import { RateCache } from "./rate-cache";

describe("the web services' building blocks", () => {
  it("issues long random keys that say test or live, and stores only their hash", () => {
    const key = newApiKey("LIVE");
    expect(key.startsWith(API_KEY_PREFIX.LIVE)).toBe(true);
    expect(key.length).toBeGreaterThan(50);
    expect(newApiKey("LIVE")).not.toBe(key);
    expect(shownPrefix(key)).toBe(key.slice(0, API_KEY_PREFIX.LIVE.length + 4));
    expect(hashApiKey(key)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashApiKey(key)).not.toContain(key.slice(11));
  });

  it("lets each scope do only its share", () => {
    expect(["rates", "read", "write"].map((a) => scopeAllows("FULL", a as "write"))).toEqual([true, true, true]);
    expect(["rates", "read", "write"].map((a) => scopeAllows("READ", a as "write"))).toEqual([true, true, false]);
    expect(["rates", "read", "write"].map((a) => scopeAllows("RATES", a as "write"))).toEqual([true, false, false]);
  });

  it("treats the same JSON in another key order as the same request", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null } })).toBe(canonicalJson({ a: { c: null, d: [2, { y: 2, z: 1 }] }, b: 1 }));
    expect(canonicalJson({ a: [1, 2] })).not.toBe(canonicalJson({ a: [2, 1] }));
  });

  it("names the field in a sentence that does not already say it", () => {
    expect(namedFieldMessage("en", "to.postalCode", "required", "This field is required.")).toBe("Postal or ZIP code: This field is required.");
    expect(namedFieldMessage("fr", "to.postalCode", "required", "Ce champ est obligatoire.")).toMatch(/^.+ : Ce champ est obligatoire\.$/);
    expect(namedFieldMessage("en", "name", "maxChars", "Name: at most 44 characters")).toBe("Name: at most 44 characters");
    expect(namedFieldMessage("en", "unknownThing", "required", "This field is required.")).toBe("This field is required.");
  });

  it("keeps cached answers for their time only, and at most its size", () => {
    const cache = new RateCache<number>(1000, 2);
    cache.set("a", 1, 0);
    expect(cache.get("a", 999)).toBe(1);
    expect(cache.get("a", 1000)).toBeUndefined();
    cache.set("a", 1, 0);
    cache.set("b", 2, 0);
    cache.set("c", 3, 0);
    expect([cache.get("a", 1), cache.get("b", 1), cache.get("c", 1)]).toEqual([undefined, 2, 3]);
  });
});
