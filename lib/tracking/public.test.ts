import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { voidShipment } from "@/lib/shipments/void-shipment";
import { resetEnvForTests } from "@/lib/env";
import { withTenant } from "@/lib/tenancy/context";
import type { Actor } from "@/lib/tenancy/actor";
import { paidBatchOf, payingBusiness } from "@/tests/batch-helpers";
import { deliveryConfirmationPdf } from "./delivery-confirmation";
import { normalizeTrackingNumber, publicTracking } from "./public";
import { refreshTracking } from "./refresh";

vi.mock("@/lib/auth/session", () => ({ currentUser: vi.fn() }));

const paid = (actor: Actor, count: number, signature = false) =>
  paidBatchOf(actor, count, (draft) => ({ ...draft, reference1: "ORDER-SECRET-77", options: { ...draft.options, signature } }));

const later = (days: number) => new Date(Date.now() + days * 86_400_000);

describe("public tracking", () => {
  it("reads a number as typed, with spaces or in lower case, and refuses what cannot be one", () => {
    expect(normalizeTrackingNumber("lx 123")).toBeNull();
    expect(normalizeTrackingNumber("hello")).toBeNull();
  });

  it("shows status, expected date and events of one number, and nothing private of the business", async () => {
    const { actor, business } = await payingBusiness("public1");
    await withTenant(actor, (tx) => tx.business.update({ where: { id: actor.businessId }, data: { phone: "819 555 0142", email: "secret-owner@example.com" } }));
    const [one, two] = await paid(actor, 2);
    await refreshTracking(actor, { now: later(3) });
    const typed = one!.trackingNumber!.replace(/(\d{4})/g, "$1 ").toLowerCase();
    const number = normalizeTrackingNumber(typed)!;
    expect(number).toBe(one!.trackingNumber);
    const tracking = (await publicTracking(number, later(3)))!;
    expect(tracking.trackingNumber).toBe(number);
    expect(tracking.events.length).toBeGreaterThan(1);
    expect(tracking.events[0]!.occurredAt >= tracking.events.at(-1)!.occurredAt).toBe(true);
    expect(tracking.sample).toBe(true);
    const json = JSON.stringify(tracking);
    const label = one!.labelData as { label: { sender: Record<string, string>; recipient: Record<string, string> } };
    const { name: businessName } = await withTenant(actor, (tx) => tx.business.findUniqueOrThrow({ where: { id: actor.businessId }, select: { name: true } }));
    for (const secret of [businessName, "819 555 0142", "secret-owner@example.com", label.label.sender.phone, label.label.sender.line1, label.label.recipient.line1, label.label.recipient.name, two!.trackingNumber!, "ORDER-SECRET-77", business.owner.email]) {
      expect(json).not.toContain(secret);
    }
    // Unknown and voided numbers are not found.
    expect(await publicTracking("1234567890123452")).toBeNull();
    const [fresh] = await paid(actor, 1);
    await voidShipment(actor, fresh!.id);
    expect(await publicTracking(fresh!.trackingNumber!)).toBeNull();
  });

  it("answers the JSON route for shops, and limits lookups per address behind a trusted proxy", async () => {
    process.env.TRUST_PROXY = "true";
    resetEnvForTests();
    try {
      const { actor } = await payingBusiness("public2");
      const [s] = await paid(actor, 1);
      const { GET } = await import("@/app/api/track/[number]/route");
      // The proxy appends the address it saw; anything before it was written by the client.
      const call = (n: string, ip: string) => GET(new Request(`http://127.0.0.1/api/track/${n}`, { headers: { "x-forwarded-for": `10.9.9.9, ${ip}` } }), { params: Promise.resolve({ number: n }) });
      const ok = await call(s!.trackingNumber!, "203.0.113.7");
      expect(ok.status).toBe(200);
      expect(ok.headers.get("access-control-allow-origin")).toBe("*");
      expect(await ok.json()).toMatchObject({ trackingNumber: s!.trackingNumber, status: "CREATED" });
      expect((await call("hello", "203.0.113.7")).status).toBe(400);
      expect((await call("1234567890123452", "203.0.113.7")).status).toBe(404);
      for (let i = 0; i < 57; i++) await call("hello", "203.0.113.8");
      const responses = await Promise.all([0, 1, 2, 3, 4].map(() => call("hello", "203.0.113.8")));
      expect(responses.map((r) => r.status).sort()).toEqual([400, 400, 400, 429, 429]);
      expect(Number(responses.find((r) => r.status === 429)!.headers.get("retry-after"))).toBeGreaterThan(0);
      // Another address is not affected.
      expect((await call(s!.trackingNumber!, "203.0.113.9")).status).toBe(200);
    } finally {
      delete process.env.TRUST_PROXY;
      resetEnvForTests();
    }
  });

  it("without a trusted proxy, counts every visitor together: a forged X-Forwarded-For buys no fresh allowance", async () => {
    const { GET } = await import("@/app/api/track/[number]/route");
    const call = (headers: Record<string, string>) => GET(new Request("http://127.0.0.1/api/track/hello", { headers }), { params: Promise.resolve({ number: "hello" }) });
    const statuses: number[] = [];
    for (let i = 0; i < 60; i++) statuses.push((await call({ "x-forwarded-for": `198.51.100.${i}` })).status);
    expect(statuses.every((s) => s === 400)).toBe(true);
    expect((await call({ "x-forwarded-for": "198.51.100.200" })).status).toBe(429);
    expect((await call({})).status).toBe(429);
  });

  it("gives a delivered, signed-for shipment a delivery confirmation with the signatory, to its own business only", async () => {
    const { actor } = await payingBusiness("public3");
    const shipments = await paid(actor, 3, true);
    await refreshTracking(actor, { now: later(30) });
    const delivered = await withTenant(actor, (tx) => tx.shipment.findMany({ where: { batchId: shipments[0]!.batchId, businessId: actor.businessId, trackingStatus: "DELIVERED" } }));
    expect(delivered.length).toBeGreaterThan(0);
    const s = delivered[0]!;
    expect(s.signatory).toBeTruthy();
    const file = (await deliveryConfirmationPdf(actor, s.id, "fr"))!;
    expect(file.fileName).toBe(`delivery-confirmation-${s.trackingNumber}.pdf`);
    const path = `.data/delivery-${process.pid}.pdf`;
    fs.writeFileSync(path, file.bytes);
    const text = execFileSync("pdftotext", ["-layout", path, "-"], { encoding: "utf8" });
    fs.rmSync(path);
    expect(text.replace(/\s+/g, "")).toContain(`Signépar${s.signatory!.replace(/\s+/g, "")}`);
    expect(text).toContain("Confirmation de livraison");
    const other = await payingBusiness("public4");
    expect(await deliveryConfirmationPdf(other.actor, s.id, "en")).toBeNull();
    // Not delivered yet: none.
    const [waiting] = await paid(actor, 1, true);
    expect(await deliveryConfirmationPdf(actor, waiting!.id, "en")).toBeNull();
  });
});
