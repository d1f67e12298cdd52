/**
 * The public returns page's action (issue 17, the customer's side): what a visitor sees at each
 * step, in English and French. No session anywhere: the slug, the order number and its email or
 * postal code are all the visitor has.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { returnsPageAction } from "@/app/returns/[business]/actions";
import { resetRateLimit } from "@/lib/auth/rate-limit";
import { NOTE_MAX } from "@/lib/returns/issue";
import { RETURN_NOTE_MAX } from "@/lib/returns-page/form-fields";
import { PUBLIC_RETURNS_LIMIT } from "@/lib/returns-page/lookup";
import { RETURNS_PAGE_IDLE, type ReturnsPageState } from "@/lib/returns-page/page-state";
import { withTenant } from "@/lib/tenancy/context";
import type { Actor } from "@/lib/tenancy/actor";
import { drainJobs } from "./jobs";
import { mailCatcherForFile } from "./mail";
import { paidBatchOf, payingBusiness } from "./batch-helpers";
import { form } from "./fixtures";

const language = vi.hoisted(() => ({ current: "en" as "en" | "fr" }));
vi.mock("@/lib/i18n/current", () => ({ requestLocaleOr: async () => language.current }));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));

const mailbox = mailCatcherForFile("returns-page");
const MITTENS = [
  { description: "Wool mittens, grey", sku: "MIT-GR-M", quantity: 2 },
  { description: "Scarf", sku: null, quantity: 1 },
];

async function shop(label: string, order = "1042", edit: { email?: string | null; items?: typeof MITTENS | [] } = {}) {
  const { actor, business } = await payingBusiness(label);
  const [shipment] = await paidBatchOf(actor, 1, (d) => ({ ...d, reference1: order, contents: edit.items ?? MITTENS }));
  await withTenant(actor, (tx) => tx.shipment.update({ where: { id: shipment!.id }, data: { recipientEmail: edit.email === undefined ? "Zoe@Example.com" : edit.email, recipientPostalCode: "H2X 1Y4" } }));
  return { actor, business, shipment: shipment! };
}

const settle = (actor: Actor, data: { returnsNeedApproval?: boolean; returnPayer?: "CUSTOMER"; returnsPageEnabled?: boolean; returnReasons?: object[] }) =>
  withTenant(actor, (tx) => tx.businessSettings.upsert({ where: { businessId: actor.businessId }, update: data, create: { businessId: actor.businessId, ...data } }));

const submit = (slug: string, values: Record<string, string>, prev: ReturnsPageState = RETURNS_PAGE_IDLE) => returnsPageAction(slug, prev, form(values));
const find = (slug: string, orderNumber: string, contact: string) => submit(slug, { step: "lookup", orderNumber, contact });
const request = (slug: string, values: Record<string, string>) => submit(slug, { step: "request", orderNumber: "1042", contact: "zoe@example.com", reason: "wrongSize", customerNote: "", labelEmail: "", ...values });
const returns = (actor: Actor) => withTenant(actor, (tx) => tx.return.findMany({ where: { businessId: actor.businessId }, orderBy: { createdAt: "asc" } }));

beforeEach(async () => {
  language.current = "en";
  // Every visitor of this file is one address ("unknown": no trusted proxy in tests).
  await resetRateLimit("returns:ip:unknown");
});

describe("step 1: finding the order", () => {
  it("shows the order's items, the business's reasons and who pays once the number and email match", async () => {
    const { actor } = await shop("rpa-find");
    await settle(actor, { returnPayer: "CUSTOMER" });
    const state = await find(actor.slug, " 1042 ", "ZOE@example.com");
    expect(state).toMatchObject({
      status: "found",
      order: { orderNumber: "1042", contact: "ZOE@example.com", emailPrefill: "zoe@example.com", orderHasEmail: true, customerPays: true, needsApproval: false, items: MITTENS },
    });
    if (state.status !== "found") throw new Error("not found");
    expect(state.order.reasons.map((r) => r.label)).toContain("Wrong size or fit");
  });

  it("by postal code: nothing of the order's email reaches the page", async () => {
    const { actor } = await shop("rpa-postal");
    const state = await find(actor.slug, "1042", "h2x1y4");
    expect(state).toMatchObject({ status: "found", order: { emailPrefill: "", orderHasEmail: true } });
    expect(JSON.stringify(state).toLowerCase()).not.toContain("zoe@example.com");
  });

  it("answers the same sentence for a wrong email, another business's order and an unknown order (enumeration)", async () => {
    const mine = await shop("rpa-enum-a", "1042");
    await shop("rpa-enum-b", "2077");
    const answers = [await find(mine.actor.slug, "1042", "wrong@example.com"), await find(mine.actor.slug, "2077", "zoe@example.com"), await find(mine.actor.slug, "9999", "zoe@example.com"), await find(mine.actor.slug, "1042", "K1A 0B1")];
    const sentence = "We could not find an order with that number and email or postal code. Check both and try again.";
    for (const a of answers) {
      expect(a).toMatchObject({ status: "error", error: sentence, fieldErrors: {}, order: null });
    }
    // Only what the visitor typed comes back.
    expect(answers.map((a) => (a.status === "error" ? Object.keys(a).sort() : []))).toEqual(Array(4).fill(["error", "fieldErrors", "order", "status", "values"]));
  });

  it("says the window has passed only after a real match", async () => {
    const { actor, shipment } = await shop("rpa-window");
    await withTenant(actor, (tx) => tx.shipment.update({ where: { id: shipment.id }, data: { deliveredAt: new Date(Date.now() - 40 * 86_400_000) } }));
    expect(await find(actor.slug, "1042", "zoe@example.com")).toMatchObject({ status: "error", error: "The return window of 30 days has passed for this order, so it cannot be returned here.", order: null });
    expect(await find(actor.slug, "1042", "nobody@example.com")).toMatchObject({ error: expect.stringMatching(/^We could not find an order/) });
  });

  it("names each missing field and keeps what was typed", async () => {
    const { actor } = await shop("rpa-fields");
    const state = await find(actor.slug, "", "  ");
    expect(state).toMatchObject({
      status: "error",
      fieldErrors: { orderNumber: "Order number: enter the number of your order.", contact: "Email or postal code: enter the email address or the postal code of the order." },
      order: null,
    });
    expect(await find(actor.slug, "x".repeat(61), "zoe@example.com")).toMatchObject({ fieldErrors: { orderNumber: "Order number: at most 60 characters" }, values: { orderNumber: "x".repeat(61), contact: "zoe@example.com" } });
  });

  it("stops a visitor over the limit with a try-again-in sentence, and looks nothing up", async () => {
    const { actor } = await shop("rpa-limit");
    for (let i = 0; i < PUBLIC_RETURNS_LIMIT.perVisitor; i++) await find(actor.slug, "1042", "nobody@example.com");
    const blocked = await find(actor.slug, "1042", "zoe@example.com");
    expect(blocked).toMatchObject({ status: "error", error: expect.stringMatching(/^Too many attempts\. Try again in (10 minutes|\d+ minutes?)\.$/), order: null });
    // Step 2 is counted too: no return is made past the limit.
    expect(await request(actor.slug, { "item.0": "on", "quantity.0": "1" })).toMatchObject({ status: "error", error: expect.stringMatching(/^Too many attempts/) });
    expect(await returns(actor)).toEqual([]);
  });

  it("a page turned off answers like a business that does not exist", async () => {
    const { actor } = await shop("rpa-off");
    await settle(actor, { returnsPageEnabled: false });
    const off = await find(actor.slug, "1042", "zoe@example.com");
    const unknown = await find("no-such-shop-anywhere", "1042", "zoe@example.com");
    expect(off).toMatchObject({ status: "error", error: "This returns page is not available.", order: null });
    expect(JSON.stringify(off)).toBe(JSON.stringify(unknown));
  });
});

describe("step 2: the return", () => {
  it("issues the label: a customer return with the items chosen, emailed with the label attached, and a link to its page", async () => {
    const { actor } = await shop("rpa-issue");
    const state = await request(actor.slug, { "item.0": "on", "quantity.0": "1", customerNote: "Too small" });
    expect(state).toMatchObject({ status: "issued", number: expect.stringMatching(/^R-[A-Z0-9]{6}$/), emailedTo: "zoe@example.com" });
    if (state.status !== "issued") throw new Error("not issued");
    expect(state.labelUrl).toMatch(new RegExp(`^/returns/${actor.slug}/label/[A-Za-z0-9_-]{20,}$`));
    const [row] = await returns(actor);
    expect(row).toMatchObject({ number: state.number, status: "ISSUED", source: "customer", reason: "wrongSize", note: "Too small", customerEmail: "zoe@example.com", locale: "en" });
    expect(row!.items).toEqual([{ description: "Wool mittens, grey", sku: "MIT-GR-M", quantity: 1 }]);

    await drainJobs(["email"]);
    const [mail] = await mailbox.to("zoe@example.com");
    expect(mail!.subject).toContain(state.number);
    expect(mail!.attachments.map((a) => a.contentType)).toContain("application/pdf");
    expect(mail!.text).toContain(state.labelUrl);
  });

  it("records a request when the business approves returns first: no label, no email yet", async () => {
    const { actor } = await shop("rpa-approve");
    await settle(actor, { returnsNeedApproval: true });
    expect(await find(actor.slug, "1042", "zoe@example.com")).toMatchObject({ order: { needsApproval: true } });
    const state = await request(actor.slug, { "item.1": "on", labelEmail: "Zoe.Other@Example.com", reason: "damaged" });
    expect(state).toMatchObject({ status: "requested", number: expect.stringMatching(/^R-/) });
    const [row] = await returns(actor);
    expect(row).toMatchObject({ status: "REQUESTED", source: "customer", customerEmail: "zoe.other@example.com", labelPdf: null, trackingNumber: null });
    expect(await withTenant(actor, (tx) => tx.emailMessage.count({ where: { businessId: actor.businessId, kind: "RETURN" } }))).toBe(0);
  });

  it("a parcel without an item list comes back whole", async () => {
    const { actor } = await shop("rpa-whole", "1042", { items: [] });
    expect(await find(actor.slug, "1042", "h2x 1y4")).toMatchObject({ order: { items: [] } });
    expect(await request(actor.slug, { contact: "h2x 1y4" })).toMatchObject({ status: "issued", emailedTo: null });
    expect((await returns(actor))[0]!.items).toEqual([]);
  });

  it("names each wrong field, keeps the order on screen and what was typed, and makes nothing", async () => {
    const { actor } = await shop("rpa-invalid", "1042", { email: null });
    const typed = { contact: "H2X 1Y4", reason: "", customerNote: "Too small", "item.0": "on", "quantity.0": "3" };
    const state = await request(actor.slug, typed);
    expect(state).toMatchObject({ status: "error", fieldErrors: { reason: "Reason for the return: choose one from the list." }, order: { orderNumber: "1042", orderHasEmail: false }, values: typed });
    const next = await request(actor.slug, { ...typed, reason: "damaged" });
    expect(next).toMatchObject({
      fieldErrors: {
        "quantity.0": "How many Wool mittens, grey: enter a whole number from 1 to 2.",
        labelEmail: "Email for the label: your order has no email address, so enter the one where you want the label.",
      },
      order: { orderNumber: "1042" },
    });
    expect(await request(actor.slug, { contact: "H2X 1Y4", reason: "damaged", labelEmail: "not-an-email" })).toMatchObject({
      fieldErrors: { items: "Items to return: check at least one item.", labelEmail: "Email for the label: enter an address like name@example.com." },
    });
    expect(await request(actor.slug, { contact: "H2X 1Y4", reason: "bored", labelEmail: "sam@example.com", "item.1": "on" })).toMatchObject({ fieldErrors: { reason: "Choose a reason from the list." }, order: { orderNumber: "1042" } });
    expect(await returns(actor)).toEqual([]);
    expect(RETURN_NOTE_MAX).toBe(NOTE_MAX);
  });

  it("never takes the order from the form: a changed contact is looked up anew and matches nothing", async () => {
    const { actor } = await shop("rpa-tamper");
    const { actor: other } = await shop("rpa-tamper-b", "1042");
    expect(await request(actor.slug, { contact: "someone@example.com", "item.0": "on" })).toMatchObject({ status: "error", error: expect.stringMatching(/^We could not find an order/), order: null });
    // The other business's slug finds that business's own order only.
    expect(await request(other.slug, { "item.0": "on" })).toMatchObject({ status: "issued" });
    expect(await returns(actor)).toEqual([]);
    expect(await returns(other)).toHaveLength(1);
  });
});

describe("in French", () => {
  it("the page's answers and the business's reasons read in French", async () => {
    language.current = "fr";
    const { actor } = await shop("rpa-fr");
    await settle(actor, { returnReasons: [{ code: "too-small", en: "Too small", fr: "Trop petit" }] });
    expect(await find(actor.slug, "1042", "x@example.com")).toMatchObject({ error: "Nous n'avons trouvé aucune commande avec ce numéro et ce courriel ou code postal. Vérifiez-les et réessayez." });
    expect(await find(actor.slug, "", "")).toMatchObject({ fieldErrors: { orderNumber: "Numéro de commande : entrez le numéro de votre commande." } });
    expect(await find(actor.slug, "1042", "zoe@example.com")).toMatchObject({ status: "found", order: { reasons: [{ code: "too-small", label: "Trop petit" }] } });
    expect(await request(actor.slug, { reason: "too-small" })).toMatchObject({ fieldErrors: { items: "Articles à retourner : cochez au moins un article." } });
    const issued = await request(actor.slug, { reason: "too-small", "item.0": "on", "quantity.0": "2" });
    expect(issued).toMatchObject({ status: "issued" });
    expect((await returns(actor))[0]).toMatchObject({ locale: "fr", reason: "too-small" });
  });
});
