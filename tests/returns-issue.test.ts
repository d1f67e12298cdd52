import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { FieldsError } from "@/lib/errors";
import { buildReturnEmail } from "@/lib/returns/emails";
import { hashReturnToken, issueRequestedReturn, issueReturn, requestReturn } from "@/lib/returns/issue";
import { returnReasons } from "@/lib/returns/reasons";
import { withTenant } from "@/lib/tenancy/context";
import { paidBatchOf, payingBusiness } from "./batch-helpers";

const MITTENS = [
  { description: "Wool mittens, grey", sku: "MIT-GR-M", quantity: 2 },
  { description: "Maple syrup 500 ml", sku: null, quantity: 1 },
];

async function shipped(label: string) {
  const { actor } = await payingBusiness(label);
  const [shipment] = await paidBatchOf(actor, 1, (d) => ({ ...d, reference1: "ORD-77", contents: MITTENS }));
  return { actor, shipment: shipment! };
}

describe("return reasons", () => {
  it("are the defaults in each language until the business has its own list", () => {
    expect(returnReasons({ returnReasons: [] }, "en").find((r) => r.code === "damaged")?.label).toBe("Arrived damaged");
    expect(returnReasons({ returnReasons: [] }, "fr").find((r) => r.code === "damaged")?.label).toBe("Arrivé endommagé");
    const own = { returnReasons: [{ code: "late", en: "Arrived too late", fr: "Arrivé trop tard" }] };
    expect(returnReasons(own, "fr")).toEqual([{ code: "late", label: "Arrivé trop tard" }]);
  });
});

describe("issuing a return", () => {
  it("issues a numbered return label through the shipment's carrier, charges nothing, and emails the customer the label", async () => {
    const { actor, shipment } = await shipped("ret-issue");
    const ledger = () => withTenant(actor, (tx) => tx.accountTransaction.count({ where: { businessId: actor.businessId } }));
    const chargesBefore = await ledger();
    const ret = await issueReturn(actor, { shipmentId: shipment.id, items: [{ description: "Wool mittens, grey", sku: "MIT-GR-M", quantity: 1 }], reason: "wrongSize", note: "Too small", customerEmail: "Zoe@Example.com", locale: "fr", source: "business" });
    expect(ret.number).toMatch(/^R-[2-9A-Z]{6}$/);
    expect(ret.trackingNumber).toMatch(/^\d{16}$/);
    expect(ret.estimatedCents).toBeGreaterThan(0);

    const row = await withTenant(actor, (tx) => tx.return.findUniqueOrThrow({ where: { id: ret.id } }));
    expect(row).toMatchObject({ status: "ISSUED", carrier: "reference", source: "business", reason: "wrongSize", note: "Too small", customerEmail: "zoe@example.com", locale: "fr", chargedCents: null, estimatedCents: ret.estimatedCents });
    expect(row.items).toEqual([{ description: "Wool mittens, grey", sku: "MIT-GR-M", quantity: 1 }]);
    expect(row.accessTokenHash).toBe(hashReturnToken(ret.token));
    expect(JSON.stringify(row)).not.toContain(ret.token.slice(0, 20) + "\"");
    const label = (row.labelData as { label: { isReturn: boolean; sender: { name: string }; reference1: string } }).label;
    expect(label.isReturn).toBe(true);
    expect(label.reference1).toBe(ret.number);

    // Nothing charged at issue.
    expect(await ledger()).toBe(chargesBefore);

    const email = await withTenant(actor, (tx) => tx.emailMessage.findFirstOrThrow({ where: { businessId: actor.businessId, kind: "RETURN" } }));
    expect(email).toMatchObject({ to: "zoe@example.com", locale: "fr" });
    const built = await buildReturnEmail(actor, email);
    expect(built.subject).toContain(ret.number);
    expect(built.subject).toContain("Votre étiquette de retour");
    expect(built.text).toContain(`/returns/${actor.slug}/label/${ret.token}`);
    const pdf = await PDFDocument.load(built.attachments![0]!.content as Buffer);
    const page = pdf.getPage(0);
    expect([Math.round(page.getWidth()), Math.round(page.getHeight())]).toEqual([612, 792]);

    const audit = await withTenant(actor, (tx) => tx.auditLog.findMany({ where: { businessId: actor.businessId, action: { startsWith: "return." } }, select: { action: true } }));
    expect(audit.map((a) => a.action).sort()).toEqual(["return.issued", "return.requested"]);
  });

  it("numbers each return of a business differently and returns the whole parcel when no item is chosen", async () => {
    const { actor, shipment } = await shipped("ret-whole");
    const a = await issueReturn(actor, { shipmentId: shipment.id, reason: "damaged", customerEmail: null, source: "api" });
    const b = await issueReturn(actor, { shipmentId: shipment.id, reason: "damaged", customerEmail: null, source: "api" });
    expect(a.number).not.toBe(b.number);
    const rows = await withTenant(actor, (tx) => tx.return.findMany({ where: { businessId: actor.businessId } }));
    expect(rows.map((r) => r.items)).toEqual([[], []]);
    expect(await withTenant(actor, (tx) => tx.emailMessage.count({ where: { businessId: actor.businessId, kind: "RETURN" } }))).toBe(0);
  });

  it("refuses an unknown reason, items not in the parcel, and a bad email, each named on its field", async () => {
    const { actor, shipment } = await shipped("ret-bad");
    const attempt = issueReturn(actor, { shipmentId: shipment.id, reason: "bored", items: [{ description: "Wool mittens, grey", sku: "MIT-GR-M", quantity: 3 }], customerEmail: "not-an-email", source: "business" });
    await expect(attempt).rejects.toBeInstanceOf(FieldsError);
    await expect(attempt).rejects.toMatchObject({ problems: { reason: { code: "reasonUnknown" }, items: { code: "itemsInvalid" }, customerEmail: { code: "emailInvalid" } } });
    expect(await withTenant(actor, (tx) => tx.return.count({ where: { businessId: actor.businessId } }))).toBe(0);
  });

  it("refuses a customer outside Canada and keeps no return", async () => {
    const { actor, shipment } = await shipped("ret-abroad");
    await withTenant(actor, async (tx) => {
      const s = await tx.shipment.findUniqueOrThrow({ where: { id: shipment.id } });
      const data = s.labelData as { label: { recipient: Record<string, unknown> } };
      data.label.recipient = { ...data.label.recipient, country: "US", province: "NY", postalCode: "10001" };
      await tx.shipment.update({ where: { id: s.id }, data: { labelData: data as object } });
    });
    await expect(issueReturn(actor, { shipmentId: shipment.id, reason: "damaged", source: "business" })).rejects.toMatchObject({ namespace: "rating.problems", problems: { shipment: { code: "returnNotDomestic" } } });
    expect(await withTenant(actor, (tx) => tx.return.count({ where: { businessId: actor.businessId } }))).toBe(0);
  });

  it("records a request without a label, then issues it once approved", async () => {
    const { actor, shipment } = await shipped("ret-request");
    const req = await requestReturn(actor, { shipmentId: shipment.id, reason: "other", customerEmail: "sam@example.com", source: "customer" });
    const before = await withTenant(actor, (tx) => tx.return.findUniqueOrThrow({ where: { id: req.id } }));
    expect(before).toMatchObject({ status: "REQUESTED", trackingNumber: null, labelData: null });
    expect(await withTenant(actor, (tx) => tx.emailMessage.count({ where: { businessId: actor.businessId, kind: "RETURN" } }))).toBe(0);
    const issued = await issueRequestedReturn(actor, req.id);
    expect(issued.number).toBe(req.number);
    expect(await withTenant(actor, (tx) => tx.emailMessage.count({ where: { businessId: actor.businessId, kind: "RETURN", to: "sam@example.com" } }))).toBe(1);
    await expect(issueRequestedReturn(actor, req.id)).rejects.toMatchObject({ problems: { status: { code: "notRequested" } } });
  });

  it("does not reach another business's shipment or return", async () => {
    const { actor, shipment } = await shipped("ret-owner");
    const { actor: other } = await payingBusiness("ret-other");
    await expect(issueReturn(other, { shipmentId: shipment.id, reason: "damaged", source: "business" })).rejects.toMatchObject({ code: "notFound" });
    const req = await requestReturn(actor, { shipmentId: shipment.id, reason: "damaged", source: "customer" });
    await expect(issueRequestedReturn(other, req.id)).rejects.toMatchObject({ code: "notFound" });
  });
});

describe("the customer's return label link", () => {
  it("shows the label to whoever has the link, under the business's slug only, and nothing to a wrong link", async () => {
    const { publicReturn, publicReturnLabelPdf } = await import("@/lib/returns/public");
    const { GET } = await import("@/app/returns/[business]/label/[token]/pdf/route");
    const { actor, shipment } = await shipped("ret-link");
    const { actor: other } = await payingBusiness("ret-link-other");
    const ret = await issueReturn(actor, { shipmentId: shipment.id, reason: "damaged", customerEmail: null, source: "business" });
    expect(await publicReturn(actor.slug, ret.token)).toMatchObject({ number: ret.number, trackingNumber: ret.trackingNumber, status: "ISSUED" });
    const file = await publicReturnLabelPdf(actor.slug, ret.token);
    expect(file!.fileName).toBe(`return-label-${ret.number}.pdf`);
    expect((await PDFDocument.load(file!.bytes)).getPageCount()).toBe(1);
    expect(await publicReturn(other.slug, ret.token)).toBeNull();
    expect(await publicReturn(actor.slug, ret.token.slice(0, -2) + "xx")).toBeNull();
    const call = (slug: string, token: string) => GET(new Request(`http://127.0.0.1/returns/${slug}/label/${token}/pdf?download=1`), { params: Promise.resolve({ business: slug, token }) });
    const ok = await call(actor.slug, ret.token);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-disposition")).toContain("attachment");
    expect((await call(other.slug, ret.token)).status).toBe(404);
    expect((await call(actor.slug, "nope")).status).toBe(404);
  });
});

describe("paid when used", () => {
  const DAY = 86_400_000;
  it("charges nothing before the first scan, charges the estimate once at it, and tells the business when the parcel is back", async () => {
    const { refreshReturns } = await import("@/lib/returns/scan");
    const { actor, shipment } = await shipped("ret-scan");
    await withTenant(actor, (tx) => tx.businessSettings.update({ where: { businessId: actor.businessId }, data: { notificationEmails: ["ops@example.com"] } }));
    const issuedAt = new Date();
    const ret = await issueReturn(actor, { shipmentId: shipment.id, reason: "damaged", customerEmail: null, source: "business", now: issuedAt });
    const charges = () => withTenant(actor, (tx) => tx.accountTransaction.findMany({ where: { businessId: actor.businessId, returnId: ret.id } }));
    const row = () => withTenant(actor, (tx) => tx.return.findUniqueOrThrow({ where: { id: ret.id } }));

    // Right after issue: the carrier has not scanned it.
    expect(await refreshReturns(actor, { now: new Date(issuedAt.getTime() - 60_000) })).toEqual({ scanned: 0, arrived: 0 });
    expect(await charges()).toEqual([]);
    expect((await row()).status).toBe("ISSUED");

    // Weeks later the simulated parcel was scanned and delivered back: one charge, ARRIVED, one notice.
    const later = new Date(issuedAt.getTime() + 20 * DAY);
    expect(await refreshReturns(actor, { now: later })).toEqual({ scanned: 1, arrived: 1 });
    expect(await refreshReturns(actor, { now: later })).toEqual({ scanned: 0, arrived: 0 });
    const ledger = await charges();
    expect(ledger).toHaveLength(1);
    expect(ledger[0]).toMatchObject({ type: "CHARGE", amountCents: ret.estimatedCents });
    expect(await row()).toMatchObject({ status: "ARRIVED", chargedCents: ret.estimatedCents });
    const notices = await withTenant(actor, (tx) => tx.emailMessage.findMany({ where: { businessId: actor.businessId, kind: "RETURN_ARRIVED" } }));
    expect(notices.map((n) => n.to)).toEqual(["ops@example.com"]);
    const { buildReturnArrivedEmail } = await import("@/lib/returns/emails");
    expect((await buildReturnArrivedEmail(actor, notices[0]!)).subject).toBe(`Return ${ret.number} arrived back`);
  });

  it("does not touch another business's returns", async () => {
    const { refreshReturns } = await import("@/lib/returns/scan");
    const { actor, shipment } = await shipped("ret-scan-a");
    const { actor: other } = await payingBusiness("ret-scan-b");
    const ret = await issueReturn(actor, { shipmentId: shipment.id, reason: "damaged", customerEmail: null, source: "business" });
    expect(await refreshReturns(other, { now: new Date(Date.now() + 20 * DAY) })).toEqual({ scanned: 0, arrived: 0 });
    expect((await withTenant(actor, (tx) => tx.return.findUniqueOrThrow({ where: { id: ret.id } }))).status).toBe("ISSUED");
  });
});
