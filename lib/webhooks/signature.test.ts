import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { newWebhookSecret, signWebhook, verifyWebhookSignature } from "./signature";

describe("webhook signatures", () => {
  const secret = "whsec_test_secret";
  const body = JSON.stringify({ id: "evt_1", type: "shipment.purchased" });

  it("signs t=<unix>,v1=<hex HMAC-SHA256 of t.body>, as a receiver computes it", () => {
    const header = signWebhook(secret, body, 1_800_000_000);
    const expected = createHmac("sha256", secret).update(`1800000000.${body}`).digest("hex");
    expect(header).toBe(`t=1800000000,v1=${expected}`);
  });

  it("verifies its own signature, and refuses another body, another secret, an old or missing header", () => {
    const header = signWebhook(secret, body, 1_800_000_000);
    expect(verifyWebhookSignature(body, header, secret, { now: 1_800_000_010 })).toBe(true);
    expect(verifyWebhookSignature(body + " ", header, secret, { now: 1_800_000_010 })).toBe(false);
    expect(verifyWebhookSignature(body, header, "whsec_other", { now: 1_800_000_010 })).toBe(false);
    expect(verifyWebhookSignature(body, header, secret, { now: 1_800_000_000 + 301 })).toBe(false);
    expect(verifyWebhookSignature(body, null, secret)).toBe(false);
    expect(verifyWebhookSignature(body, "t=abc,v1=00", secret)).toBe(false);
  });

  it("accepts any matching v1 among several (a secret being rolled)", () => {
    const header = signWebhook(secret, body, 1_800_000_000);
    const other = signWebhook("whsec_old", body, 1_800_000_000).split(",")[1];
    expect(verifyWebhookSignature(body, `${header.split(",")[0]},${other},${header.split(",")[1]}`, secret, { now: 1_800_000_000 })).toBe(true);
  });

  it("makes secrets that start with whsec_ and differ each time", () => {
    const a = newWebhookSecret();
    expect(a).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(newWebhookSecret()).not.toBe(a);
  });
});
