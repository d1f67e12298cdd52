import { beforeAll, describe, expect, it, vi } from "vitest";
import { currentUser, type SessionUser } from "@/lib/auth/session";
import { resolveLocale } from "@/lib/i18n/request";
import { listAudit, type AuditEntry } from "@/lib/audit/list-audit";
import { auditSentences } from "@/lib/audit/sentence-text";
import { createBatch, deleteDraftBatch } from "@/lib/batches/edit-rows";
import { createContact, deleteContact } from "@/lib/contacts/contacts";
import { contactSchema } from "@/lib/contacts/schemas";
import { recordAudit } from "@/lib/audit/record";
import { voidShipment } from "@/lib/shipments/void-shipment";
import { withTenant } from "@/lib/tenancy/context";
import type { Actor } from "@/lib/tenancy/actor";
import { paidBatchOf, payingBusiness } from "./batch-helpers";
import { addMember, createUser } from "./fixtures";

vi.mock("@/lib/auth/session", () => ({ currentUser: vi.fn() }));
vi.mock("@/lib/i18n/request", () => ({ resolveLocale: vi.fn(async () => "en") }));

let actor: Actor;
let entries: AuditEntry[];
let paidBatch: { id: string; number: number };
let dropped: { id: string; number: number };
let voided: { id: string; trackingNumber: string };
let kept: { id: string };
let member: SessionUser;

const find = (action: string, entityId: string) => entries.find((e) => e.action === action && e.entityId === entityId)!;

beforeAll(async () => {
  ({ actor } = await payingBusiness("activity"));
  const shipments = await paidBatchOf(actor, 2);
  paidBatch = { id: shipments[0]!.batchId, number: 0 };
  voided = { id: shipments[0]!.id, trackingNumber: shipments[0]!.trackingNumber! };
  await voidShipment(actor, voided.id);
  dropped = await createBatch(actor);
  await deleteDraftBatch(actor, dropped.id);
  const contact = { name: "", company: "", line1: "1 Water St", line2: "", city: "St. John's", province: "NL", postalCode: "A1C 1A1", country: "CA", phone: "", email: "", notes: "", tags: "", taxId: "" };
  kept = await createContact(actor, contactSchema.parse({ ...contact, name: "Zoé Gagnon" }));
  const gone = await createContact(actor, contactSchema.parse({ ...contact, name: "Liam Roy" }));
  await deleteContact(actor, gone.id);
  // Entries written before they stored the names they show: the names are read from the objects as they are now.
  member = await createUser("activity-member");
  await addMember({ id: actor.businessId }, member, "SHIPPER");
  await withTenant(actor, async (tx) => {
    await recordAudit(tx, actor, { action: "member.role_changed", entityType: "Membership", entityId: "old-membership-id", details: { userId: member.id, from: "SHIPPER", to: "VIEWER" } });
    await recordAudit(tx, actor, { action: "shipment.voided", entityType: "Shipment", entityId: voided.id, details: {} });
  });
  entries = await listAudit(actor);
  paidBatch.number = Number(find("batch.paid", paidBatch.id).description.values.number);
});

describe("activity log", () => {
  it("tells each event as a sentence naming its object, linked to it while it exists", () => {
    const en = auditSentences("en");
    const line = (action: string, entityId: string) => {
      const e = find(action, entityId);
      return { text: en(e), href: e.description.href };
    };
    expect(line("batch.created", paidBatch.id)).toEqual({ text: `activity-owner created batch ${paidBatch.number}`, href: `/b/${actor.slug}/batches/${paidBatch.id}` });
    expect(line("batch.rows_added", paidBatch.id).text).toBe(`activity-owner added 2 recipients from the address book to batch ${paidBatch.number}`);
    expect(line("batch.paid", paidBatch.id).text).toMatch(new RegExp(`^activity-owner bought 2 labels in batch ${paidBatch.number}: \\$\\d+\\.\\d\\d on account$`));
    expect(line("batch.labelled", paidBatch.id).text).toBe(`activity-owner issued 2 labels for batch ${paidBatch.number}`);
    expect(line("shipment.voided", voided.id)).toEqual({ text: `activity-owner voided the label ${voided.trackingNumber}`, href: `/b/${actor.slug}/shipments/${voided.id}` });
    // A deleted batch and contact are still named, no longer linked.
    expect(line("batch.created", dropped.id)).toEqual({ text: `activity-owner created batch ${dropped.number}`, href: null });
    expect(line("batch.deleted", dropped.id)).toEqual({ text: `activity-owner deleted batch ${dropped.number}`, href: null });
    expect(line("contact.created", kept.id)).toEqual({ text: "activity-owner added Zoé Gagnon to the address book", href: `/b/${actor.slug}/contacts/${kept.id}` });
    expect(entries.filter((e) => e.action.startsWith("contact.")).map((e) => en(e))).toContain("activity-owner deleted Liam Roy from the address book");
    expect(entries.some((e) => e.description.key === "other")).toBe(false);
  });

  it("names the object of an older entry that did not store its name, as the object is now", () => {
    const en = auditSentences("en");
    const roleChange = entries.find((e) => e.action === "member.role_changed")!;
    expect(en(roleChange)).toBe(`activity-owner changed the role of ${member.email} from shipper to viewer`);
    const voidedBefore = entries.find((e) => e.action === "shipment.voided" && JSON.stringify(e.details) === "{}")!;
    expect({ text: en(voidedBefore), href: voidedBefore.description.href }).toEqual({ text: `activity-owner voided the label ${voided.trackingNumber}`, href: `/b/${actor.slug}/shipments/${voided.id}` });
    // Newest first, each with the time it happened.
    const times = entries.map((e) => e.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it("exports sentences in the reader's language, without internal ids", async () => {
    const { GET } = await import("@/app/b/[business]/audit/export/route");
    const owner = { id: actor.userId, email: "x@example.com", name: "activity-owner" };
    vi.mocked(currentUser).mockResolvedValue(owner);
    vi.mocked(resolveLocale).mockResolvedValue("fr");
    const response = await GET(new Request(`http://127.0.0.1/b/${actor.slug}/audit/export`), { params: Promise.resolve({ business: actor.slug }) });
    expect(response.status).toBe(200);
    const csv = await response.text();
    expect(csv).toContain('"time_utc","actor","actor_email","event","action"');
    expect(csv).toContain(`"activity-owner a annulé l'étiquette ${voided.trackingNumber}","shipment.voided"`);
    expect(csv).toContain(`"activity-owner a supprimé le lot ${dropped.number}","batch.deleted"`);
    for (const id of [paidBatch.id, voided.id, kept.id, actor.userId]) expect(csv).not.toContain(id);
    expect(csv).not.toContain("amountCents");
  });
});
