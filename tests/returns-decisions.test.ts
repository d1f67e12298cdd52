import { describe, expect, it, vi } from "vitest";
import { currentUser } from "@/lib/auth/session";
import { IDLE } from "@/lib/forms/state";
import { buildReturnApprovalNeededEmail, buildReturnRefusedEmail, buildReturnRequestedEmail } from "@/lib/returns/decision-emails";
import { cancelReturn } from "@/lib/returns/cancel";
import { approveReturn, refuseReturn } from "@/lib/returns/decide";
import { buildReturnEmail } from "@/lib/returns/emails";
import { issueReturn, requestReturn } from "@/lib/returns/issue";
import { listReturns } from "@/lib/returns/list";
import { returnQuerySchema } from "@/lib/returns/list-schema";
import { withTenant } from "@/lib/tenancy/context";
import type { Actor } from "@/lib/tenancy/actor";
import { form } from "./fixtures";
import { paidBatchOf, payingBusiness } from "./batch-helpers";

vi.mock("@/lib/auth/session", () => ({ currentUser: vi.fn() }));

async function shipped(label: string, count = 1) {
  const { actor, business } = await payingBusiness(label);
  const shipments = await paidBatchOf(actor, count, (d) => ({ ...d, reference1: `ORD-${label}`, recipientEmail: `buyer-${label}@example.com` }));
  await withTenant(actor, (tx) => tx.businessSettings.update({ where: { businessId: actor.businessId }, data: { notificationEmails: ["ops@example.com", "boss@example.com"] } }));
  return { actor, business, shipments };
}

const emails = (actor: Actor, kind: "RETURN" | "RETURN_REQUESTED" | "RETURN_APPROVAL_NEEDED" | "RETURN_REFUSED") =>
  withTenant(actor, (tx) => tx.emailMessage.findMany({ where: { businessId: actor.businessId, kind }, orderBy: { createdAt: "asc" } }));
const row = (actor: Actor, id: string) => withTenant(actor, (tx) => tx.return.findUniqueOrThrow({ where: { id } }));
const query = (q: Record<string, string>) => returnQuerySchema.parse(q);

describe("a customer's return request", () => {
  it("emails the customer that it was received and the business's notification addresses that it waits, with the Returns list's link", async () => {
    const { actor, shipments } = await shipped("dec-req");
    const req = await requestReturn({ businessId: actor.businessId, userId: null }, { shipmentId: shipments[0]!.id, reason: "wrongSize", customerEmail: "Zoe@Example.com", locale: "fr", source: "customer" });

    const toCustomer = await emails(actor, "RETURN_REQUESTED");
    expect(toCustomer.map((e) => [e.to, e.locale])).toEqual([["zoe@example.com", "fr"]]);
    const received = await buildReturnRequestedEmail(actor, toCustomer[0]!);
    expect(received.subject).toBe(`Votre demande de retour ${req.number} à ${await businessName(actor)} a été reçue`);
    expect(received.text).toContain("Mauvaise taille");

    const toBusiness = await emails(actor, "RETURN_APPROVAL_NEEDED");
    expect(toBusiness.map((e) => e.to).sort()).toEqual(["boss@example.com", "ops@example.com"]);
    const waiting = await buildReturnApprovalNeededEmail(actor, toBusiness[0]!);
    expect(waiting.subject).toBe(`Return request ${req.number} is waiting for your approval`);
    expect(waiting.text).toContain(`/b/${actor.slug}/returns?status=waiting`);
    expect(waiting.text).toContain("ORD-dec-req");
    expect(waiting.text).toContain("zoe@example.com");
  });

  it("tells the owners when the business has no notification address, so a request never waits unseen", async () => {
    const { actor, business, shipments } = await shipped("dec-owner");
    await withTenant(actor, (tx) => tx.businessSettings.update({ where: { businessId: actor.businessId }, data: { notificationEmails: [] } }));
    await requestReturn({ businessId: actor.businessId, userId: null }, { shipmentId: shipments[0]!.id, reason: "damaged", customerEmail: "zoe@example.com", source: "customer" });
    expect((await emails(actor, "RETURN_APPROVAL_NEEDED")).map((e) => e.to)).toEqual([business.owner.email]);
  });

  it("sends none of these when the business issues a return itself", async () => {
    const { actor, shipments } = await shipped("dec-direct");
    await issueReturn(actor, { shipmentId: shipments[0]!.id, reason: "damaged", customerEmail: "zoe@example.com", source: "business" });
    expect(await emails(actor, "RETURN_REQUESTED")).toEqual([]);
    expect(await emails(actor, "RETURN_APPROVAL_NEEDED")).toEqual([]);
    expect(await emails(actor, "RETURN")).toHaveLength(1);
  });
});

async function businessName(actor: Actor) {
  return (await withTenant(actor, (tx) => tx.business.findUniqueOrThrow({ where: { id: actor.businessId }, select: { name: true } }))).name;
}

describe("deciding a request", () => {
  it("approving issues the label, emails it to the customer, records who decided, and is audited", async () => {
    const { actor, shipments } = await shipped("dec-approve");
    const req = await requestReturn({ businessId: actor.businessId, userId: null }, { shipmentId: shipments[0]!.id, reason: "damaged", customerEmail: "sam@example.com", source: "customer" });
    const issued = await approveReturn(actor, req.id);
    expect(await row(actor, req.id)).toMatchObject({ status: "ISSUED", trackingNumber: issued.trackingNumber, decidedById: actor.userId, decidedAt: expect.any(Date) });
    const labels = await emails(actor, "RETURN");
    expect(labels.map((e) => e.to)).toEqual(["sam@example.com"]);
    const built = await buildReturnEmail(actor, labels[0]!);
    expect(built.subject).toContain(req.number);
    expect(built.attachments?.[0]?.contentType).toBe("application/pdf");
    const audit = await withTenant(actor, (tx) => tx.auditLog.findMany({ where: { businessId: actor.businessId, entityId: req.id }, select: { action: true } }));
    expect(audit.map((a) => a.action).sort()).toEqual(["return.approved", "return.issued", "return.requested"]);
  });

  it("refusing records the reason and emails the customer in their language (French) why", async () => {
    const { actor, shipments } = await shipped("dec-refuse");
    const req = await requestReturn({ businessId: actor.businessId, userId: null }, { shipmentId: shipments[0]!.id, reason: "noLongerNeeded", customerEmail: "lea@example.com", locale: "fr", source: "customer" });
    await refuseReturn(actor, req.id, "  Les articles soldés ne sont pas repris.  ");
    expect(await row(actor, req.id)).toMatchObject({ status: "REFUSED", refusedReason: "Les articles soldés ne sont pas repris.", decidedById: actor.userId, trackingNumber: null });
    const sent = await emails(actor, "RETURN_REFUSED");
    expect(sent.map((e) => [e.to, e.locale])).toEqual([["lea@example.com", "fr"]]);
    const built = await buildReturnRefusedEmail(actor, sent[0]!);
    expect(built.subject).toContain(`Votre demande de retour ${req.number}`);
    expect(built.subject).toContain("a été refusée");
    expect(built.text).toContain("Sa raison : Les articles soldés ne sont pas repris.");
    expect(await emails(actor, "RETURN")).toEqual([]);
    const audit = await withTenant(actor, (tx) => tx.auditLog.findFirstOrThrow({ where: { businessId: actor.businessId, action: "return.refused" } }));
    expect(audit.details).toMatchObject({ number: req.number, reason: "Les articles soldés ne sont pas repris." });
  });

  it("refuses a reason longer than 500 characters, naming the field, and leaves the request waiting", async () => {
    const { actor, shipments } = await shipped("dec-long");
    const req = await requestReturn(actor, { shipmentId: shipments[0]!.id, reason: "damaged", source: "customer" });
    await expect(refuseReturn(actor, req.id, "x".repeat(501))).rejects.toMatchObject({ problems: { refusedReason: { code: "refusalTooLong" } } });
    expect((await row(actor, req.id)).status).toBe("REQUESTED");
  });

  it("decides a request once: a second decision, or two at the same time, gets 'already decided'", async () => {
    const { actor, shipments } = await shipped("dec-twice");
    const first = await requestReturn(actor, { shipmentId: shipments[0]!.id, reason: "damaged", customerEmail: "a@example.com", source: "customer" });
    await refuseReturn(actor, first.id, null);
    await expect(approveReturn(actor, first.id)).rejects.toMatchObject({ code: "returnDecided" });
    await expect(refuseReturn(actor, first.id, "again")).rejects.toMatchObject({ code: "returnDecided" });
    expect(await row(actor, first.id)).toMatchObject({ status: "REFUSED", refusedReason: null });

    // Approve and refuse at once: exactly one wins, the other is told.
    const second = await requestReturn(actor, { shipmentId: shipments[0]!.id, reason: "damaged", customerEmail: "b@example.com", source: "customer" });
    const outcomes = await Promise.allSettled([approveReturn(actor, second.id), refuseReturn(actor, second.id, "No")]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const lost = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult;
    expect(lost.reason).toMatchObject({ code: "returnDecided" });
    const after = await row(actor, second.id);
    expect(["ISSUED", "REFUSED"]).toContain(after.status);
    // Only the winner's email went out.
    const sent = [...(await emails(actor, "RETURN")), ...(await emails(actor, "RETURN_REFUSED"))].filter((e) => e.to === "b@example.com");
    expect(sent).toHaveLength(1);
  });

  it("the action shows the translated 'already decided' sentence to the second decision", async () => {
    const { business, actor, shipments } = await shipped("dec-action");
    const { approveReturnAction, refuseReturnAction } = await import("@/app/b/[business]/returns/actions");
    vi.mocked(currentUser).mockResolvedValue(business.owner);
    const req = await requestReturn(actor, { shipmentId: shipments[0]!.id, reason: "damaged", customerEmail: "c@example.com", source: "customer" });
    expect(await refuseReturnAction(actor.slug, IDLE, form({ returnId: req.id, refusedReason: "Final sale" }))).toMatchObject({ status: "ok", message: `Return ${req.number} refused. The customer was told.` });
    expect(await approveReturnAction(actor.slug, IDLE, form({ returnId: req.id }))).toMatchObject({ status: "error", error: expect.stringMatching(/already decided/) });
  });

  it("another business's return id is not found, and nothing changes", async () => {
    const { actor, shipments } = await shipped("dec-owner");
    const { actor: other } = await payingBusiness("dec-intruder");
    const req = await requestReturn(actor, { shipmentId: shipments[0]!.id, reason: "damaged", customerEmail: "d@example.com", source: "customer" });
    await expect(approveReturn(other, req.id)).rejects.toMatchObject({ code: "notFound" });
    await expect(refuseReturn(other, req.id, "no")).rejects.toMatchObject({ code: "notFound" });
    const issued = await issueReturn(actor, { shipmentId: shipments[0]!.id, reason: "damaged", customerEmail: null, source: "business" });
    await expect(cancelReturn(other, issued.id)).rejects.toMatchObject({ code: "notFound" });
    expect((await row(actor, req.id)).status).toBe("REQUESTED");
    expect((await row(actor, issued.id)).status).toBe("ISSUED");
  });
});

describe("cancelling an issued return label", () => {
  it("cancels a label not yet scanned, then refuses to cancel it again", async () => {
    const { actor, shipments } = await shipped("dec-cancel");
    const issued = await issueReturn(actor, { shipmentId: shipments[0]!.id, reason: "damaged", customerEmail: null, source: "business" });
    await cancelReturn(actor, issued.id);
    expect(await row(actor, issued.id)).toMatchObject({ status: "CANCELLED", cancelledAt: expect.any(Date) });
    await expect(cancelReturn(actor, issued.id)).rejects.toMatchObject({ problems: { status: { code: "notCancellable" } } });
    const audit = await withTenant(actor, (tx) => tx.auditLog.count({ where: { businessId: actor.businessId, action: "return.cancelled", entityId: issued.id } }));
    expect(audit).toBe(1);
  });
});

describe("the Returns list", () => {
  it("lists the business's returns newest first, filters by status (waiting for approval counted), and searches by number, order, email and tracking number", async () => {
    const { actor, shipments } = await shipped("dec-list", 2);
    const [s1, s2] = [shipments[0]!, shipments[1]!];
    await withTenant(actor, (tx) => tx.shipment.update({ where: { id: s2.id }, data: { reference1: "ORD-SECOND" } }));
    const t0 = Date.now();
    const waiting = await requestReturn(actor, { shipmentId: s1.id, reason: "damaged", customerEmail: "first@example.com", source: "customer", now: new Date(t0) });
    const issued = await issueReturn(actor, { shipmentId: s2.id, reason: "wrongItem", customerEmail: "second@example.com", source: "api" });
    const refused = await requestReturn(actor, { shipmentId: s2.id, reason: "other", customerEmail: "third@example.com", source: "customer" });
    await refuseReturn(actor, refused.id, null);
    // Another business's return is never listed.
    const other = await shipped("dec-list-other");
    await requestReturn(other.actor, { shipmentId: other.shipments[0]!.id, reason: "damaged", customerEmail: "first@example.com", source: "customer" });

    const all = await listReturns(actor, query({}));
    expect(all.rows.map((r) => r.number)).toEqual([refused.number, issued.number, waiting.number]);
    expect(all).toMatchObject({ total: 3, waiting: 1, page: 1, pages: 1 });
    expect(all.rows.find((r) => r.id === issued.id)).toMatchObject({ source: "api", status: "ISSUED", estimatedCents: issued.estimatedCents, shipment: { id: s2.id, reference1: "ORD-SECOND" } });

    expect((await listReturns(actor, query({ status: "waiting" }))).rows.map((r) => r.number)).toEqual([waiting.number]);
    expect((await listReturns(actor, query({ status: "REFUSED" }))).rows.map((r) => r.number)).toEqual([refused.number]);
    expect((await listReturns(actor, query({ q: waiting.number.toLowerCase() }))).rows.map((r) => r.id)).toEqual([waiting.id]);
    expect((await listReturns(actor, query({ q: "ord-second" }))).rows.map((r) => r.id)).toEqual([refused.id, issued.id]);
    expect((await listReturns(actor, query({ q: "SECOND@example" }))).rows.map((r) => r.id)).toEqual([issued.id]);
    expect((await listReturns(actor, query({ q: issued.trackingNumber }))).rows.map((r) => r.id)).toEqual([issued.id]);
    // The outbound shipment's tracking number finds its returns.
    expect((await listReturns(actor, query({ q: s1.trackingNumber! }))).rows.map((r) => r.id)).toEqual([waiting.id]);
    expect((await listReturns(actor, query({ q: "nothing-like-this" }))).total).toBe(0);
    // The other business sees only its own.
    expect((await listReturns(other.actor, query({ q: "first@example.com" }))).rows.every((r) => r.shipment.id === other.shipments[0]!.id)).toBe(true);
    expect((await listReturns(other.actor, query({}))).total).toBe(1);
  });
});
