/**
 * Open return labels from the page's actions: a template priced before it is made, each problem
 * next to its field; "Print labels" issuing that many labels once per form (a second submit issues
 * nothing), never more than asked nor more than the template has left, its PDF for members only;
 * "Retire" stopping new labels; and the tracking refresh charging each used label once.
 */
import { PDFDocument } from "pdf-lib";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createOpenReturnAction, printOpenReturnAction, quoteOpenReturnAction, retireOpenReturnAction } from "@/app/b/[business]/returns/open/actions";
import { GET as printRoute } from "@/app/b/[business]/returns/open/[id]/prints/[printId]/route";
import { currentUser } from "@/lib/auth/session";
import { connectorFor } from "@/lib/carriers/registry";
import { IDLE, type FormState } from "@/lib/forms/state";
import { createOpenReturn, issueOpenReturnLabels } from "@/lib/open-returns/issue";
import { refreshOpenReturns } from "@/lib/open-returns/refresh";
import { withTenant } from "@/lib/tenancy/context";
import type { Actor } from "@/lib/tenancy/actor";
import { payingBusiness } from "./batch-helpers";
import { addMember, createUser, form, type TestBusiness } from "./fixtures";

vi.mock("@/lib/auth/session", () => ({ currentUser: vi.fn() }));
vi.mock("@/lib/i18n/current", () => ({ requestLocaleOr: async () => "en" }));
vi.mock("@/lib/i18n/request", () => ({ resolveLocale: async () => "en" }));

const DAY = 86_400_000;
const TEMPLATE = { serviceCode: "DOM.EP", units: "METRIC", length: "30", width: "20", height: "10", weight: "1", maxUses: "3" };

let business: TestBusiness;
let actor: Actor;
let locationId: string;

beforeEach(async () => {
  ({ business, actor, locationId } = await payingBusiness(`or-ui-${Math.random().toString(36).slice(2, 8)}`));
  vi.mocked(currentUser).mockResolvedValue(business.owner);
});

const fieldErrors = (state: FormState) => (state.status === "error" ? state.fieldErrors : {});
const templates = () => withTenant(actor, (tx) => tx.openReturn.findMany({ where: { businessId: actor.businessId } }));
const labels = () => withTenant(actor, (tx) => tx.openReturnLabel.findMany({ where: { businessId: actor.businessId }, orderBy: { trackingNumber: "asc" } }));
const charges = () => withTenant(actor, (tx) => tx.accountTransaction.findMany({ where: { businessId: actor.businessId, type: "CHARGE" } }));
const audit = () => withTenant(actor, async (tx) => (await tx.auditLog.findMany({ where: { businessId: actor.businessId, action: { startsWith: "openReturn." } }, orderBy: { createdAt: "asc" } })).map((a) => a.action));

async function created(values: Record<string, string> = {}) {
  const state = await createOpenReturnAction(business.slug, IDLE, form({ ...TEMPLATE, locationId, ...values }));
  expect(state).toMatchObject({ status: "ok" });
  const [row] = await templates();
  return row!;
}

/** Runs the print action; its success is a redirect to the template's page naming the print. */
async function print(values: Record<string, string>): Promise<{ redirect: string | null; state: FormState | null }> {
  try {
    return { redirect: null, state: await printOpenReturnAction(business.slug, IDLE, form(values)) };
  } catch (e) {
    const digest = String((e as { digest?: string }).digest);
    if (!digest.startsWith("NEXT_REDIRECT")) throw e;
    return { redirect: digest.split(";")[2]!, state: null };
  }
}

const pdfOf = (slug: string, id: string, printId: string, size = "letter") =>
  printRoute(new Request(`http://127.0.0.1/b/${slug}/returns/open/${id}/prints/${printId}?size=${size}`), { params: Promise.resolve({ business: slug, id, printId }) });

describe("making a template", () => {
  it("quotes the price per use, then makes the template at that price, to the chosen location", async () => {
    const quoted = await quoteOpenReturnAction(business.slug, IDLE, form({ ...TEMPLATE, locationId }));
    expect(quoted).toMatchObject({ status: "ok", message: expect.stringMatching(/^Each label used will cost \$\d+\.\d\d\.$/) });
    expect(await templates()).toEqual([]);
    const price = (quoted as { message: string }).message.match(/\$(\d+\.\d\d)/)![1]!;

    const state = await createOpenReturnAction(business.slug, IDLE, form({ ...TEMPLATE, locationId }));
    expect(state).toEqual({ status: "ok", message: `Template created: up to 3 labels at $${price} per label used.` });
    const [row] = await templates();
    expect(row).toMatchObject({ locationId, serviceCode: "DOM.EP", maxUses: 3, labelsIssued: 0, uses: 0, estimatedCents: Math.round(Number(price) * 100), status: "ACTIVE", carrier: "reference", weightGrams: 1000, lengthMm: 300 });
    expect((row!.labelTemplate as { label: { recipient: { city: string }; sender: { name: string } } }).label).toMatchObject({ recipient: { city: "Ottawa" }, sender: { name: "" } });
    expect(await audit()).toEqual(["openReturn.created"]);
  });

  it("reads the parcel in the member's units: inches and pounds", async () => {
    const row = await created({ units: "IMPERIAL", length: "12", width: "8", height: "4", weight: "2.2" });
    expect(row).toMatchObject({ lengthMm: 305, widthMm: 203, heightMm: 102, weightGrams: 998 });
  });

  it("names each wrong field and makes nothing", async () => {
    const state = await createOpenReturnAction(business.slug, IDLE, form({ ...TEMPLATE, locationId, maxUses: "0", weight: "", serviceCode: "USA.EP" }));
    expect(fieldErrors(state)).toEqual({
      maxUses: "Labels at most: at least 1",
      weight: "This field is required.",
      serviceCode: "Service: choose an option from the list",
    });
    const tooMany = await createOpenReturnAction(business.slug, IDLE, form({ ...TEMPLATE, locationId, maxUses: "10001" }));
    expect(fieldErrors(tooMany).maxUses).toMatch(/10,000|10000/);
    // A parcel the service cannot take is the rating engine's sentence, next to the weight.
    const heavy = await createOpenReturnAction(business.slug, IDLE, form({ ...TEMPLATE, locationId, weight: "29.5", length: "190", width: "100", height: "100" }));
    expect(Object.keys(fieldErrors(heavy)).length).toBeGreaterThan(0);
    expect(await templates()).toEqual([]);
  });

  it("refuses another business's location, naming the field", async () => {
    const { locationId: theirs } = await payingBusiness("or-ui-other");
    const state = await createOpenReturnAction(business.slug, IDLE, form({ ...TEMPLATE, locationId: theirs }));
    expect(fieldErrors(state)).toEqual({ locationId: "Choose one of your locations." });
    expect(await templates()).toEqual([]);
  });

  it("is refused to a viewer; a shipper may make one", async () => {
    const viewer = await createUser("or-viewer");
    await addMember(business, viewer, "VIEWER");
    vi.mocked(currentUser).mockResolvedValue(viewer);
    expect(await createOpenReturnAction(business.slug, IDLE, form({ ...TEMPLATE, locationId }))).toMatchObject({ status: "error", error: expect.stringMatching(/role does not allow/i) });
    const shipper = await createUser("or-shipper");
    await addMember(business, shipper, "SHIPPER");
    vi.mocked(currentUser).mockResolvedValue(shipper);
    expect(await createOpenReturnAction(business.slug, IDLE, form({ ...TEMPLATE, locationId }))).toMatchObject({ status: "ok" });
  });
});

describe("printing labels", () => {
  it("issues the count asked once per form, as one PDF of that many pages for members only", async () => {
    const row = await created({ maxUses: "10" });
    const values = { openReturnId: row.id, count: "2", size: "letter", printId: "print-aaaa-0001" };
    const first = await print(values);
    expect(first.redirect).toBe(`/b/${business.slug}/returns/open/${row.id}?printed=print-aaaa-0001&size=letter`);
    // The same form sent again (a double click): nothing more is issued.
    expect((await print(values)).redirect).toBe(first.redirect);
    const issued = await labels();
    expect(issued).toHaveLength(2);
    expect(issued.every((l) => l.printId === "print-aaaa-0001" && /^\d{16}$/.test(l.trackingNumber) && l.chargedCents === null)).toBe(true);
    expect((await templates())[0]).toMatchObject({ labelsIssued: 2, uses: 0 });
    expect(await charges()).toEqual([]);

    const response = await pdfOf(business.slug, row.id, "print-aaaa-0001");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toContain("attachment");
    const pdf = await PDFDocument.load(new Uint8Array(await response.arrayBuffer()));
    expect(pdf.getPageCount()).toBe(2);
    expect(pdf.getPage(0).getSize()).toEqual({ width: 612, height: 792 });
    const thermal = await PDFDocument.load(new Uint8Array(await (await pdfOf(business.slug, row.id, "print-aaaa-0001", "thermal4x6")).arrayBuffer()));
    expect(thermal.getPage(0).getSize()).toEqual({ width: 288, height: 432 });

    // Another business's member, and an unknown print, get nothing.
    const { business: other } = await payingBusiness("or-ui-intruder");
    vi.mocked(currentUser).mockResolvedValue(other.owner);
    expect((await pdfOf(business.slug, row.id, "print-aaaa-0001")).status).toBe(404);
    expect((await pdfOf(other.slug, row.id, "print-aaaa-0001")).status).toBe(404);
    vi.mocked(currentUser).mockResolvedValue(business.owner);
    expect((await pdfOf(business.slug, row.id, "print-bbbb-0002")).status).toBe(404);
    expect(await audit()).toEqual(["openReturn.created", "openReturn.printed"]);
  });

  it("prints 1 to 50 labels and never more than the template has left", async () => {
    const row = await created({ maxUses: "3" });
    const tryCount = async (count: string, printId: string) => (await print({ openReturnId: row.id, count, size: "thermal4x6", printId })).state;
    expect(fieldErrors((await tryCount("0", "print-zero-0001"))!).count).toMatch(/Number of labels/);
    expect(fieldErrors((await tryCount("51", "print-many-0001"))!).count).toMatch(/50/);
    expect(fieldErrors((await tryCount("4", "print-four-0001"))!)).toEqual({ count: "This template has 3 labels left: print at most that many." });
    expect(await labels()).toEqual([]);
    expect(await tryCount("3", "print-three-001")).toBeNull();
    expect(fieldErrors((await tryCount("1", "print-more-0001"))!)).toEqual({ count: "This open return template has issued all of its 3 labels. Create a new template for more." });
    expect(await labels()).toHaveLength(3);
  });

  it("a retired template prints nothing more; retiring twice is harmless", async () => {
    const row = await created();
    expect((await print({ openReturnId: row.id, count: "1", size: "letter", printId: "print-before-01" })).redirect).not.toBeNull();
    expect(await retireOpenReturnAction(business.slug, IDLE, form({ openReturnId: row.id }))).toEqual({ status: "ok", message: "Template retired: it issues no more labels." });
    expect(await retireOpenReturnAction(business.slug, IDLE, form({ openReturnId: row.id }))).toMatchObject({ status: "ok" });
    const after = await print({ openReturnId: row.id, count: "1", size: "letter", printId: "print-after-001" });
    expect(fieldErrors(after.state!)).toEqual({ count: "This open return template was retired: it issues no more labels." });
    expect((await templates())[0]).toMatchObject({ status: "RETIRED", labelsIssued: 1 });
    // The label printed before still downloads.
    expect((await pdfOf(business.slug, row.id, "print-before-01")).status).toBe(200);
    expect(await audit()).toEqual(["openReturn.created", "openReturn.printed", "openReturn.retired"]);
  });

  it("a viewer can download a print but neither print nor retire", async () => {
    const row = await created();
    await print({ openReturnId: row.id, count: "1", size: "letter", printId: "print-viewer-01" });
    const viewer = await createUser("or-viewer-2");
    await addMember(business, viewer, "VIEWER");
    vi.mocked(currentUser).mockResolvedValue(viewer);
    expect((await pdfOf(business.slug, row.id, "print-viewer-01")).status).toBe(200);
    expect((await print({ openReturnId: row.id, count: "1", size: "letter", printId: "print-viewer-02" })).state).toMatchObject({ status: "error", error: expect.stringMatching(/role does not allow/i) });
    expect(await retireOpenReturnAction(business.slug, IDLE, form({ openReturnId: row.id }))).toMatchObject({ status: "error", error: expect.stringMatching(/role does not allow/i) });
    expect(await labels()).toHaveLength(1);
  });
});

describe("used labels seen by the tracking refresh", () => {
  it("charges a scanned label once, at the template's price, and records its arrival; a second run changes nothing", async () => {
    const row = await created();
    await print({ openReturnId: row.id, count: "2", size: "letter", printId: "print-scan-0001" });
    const issuedAt = (await labels())[0]!.issuedAt;
    // Before the simulated customer mails it: nothing.
    expect(await refreshOpenReturns(actor, { now: new Date(issuedAt.getTime() - 60_000) })).toEqual({ scanned: 0, arrived: 0 });
    expect(await charges()).toEqual([]);
    // Weeks later both were mailed and delivered back.
    const later = new Date(issuedAt.getTime() + 20 * DAY);
    expect(await refreshOpenReturns(actor, { now: later })).toEqual({ scanned: 2, arrived: 2 });
    expect(await refreshOpenReturns(actor, { now: later })).toEqual({ scanned: 0, arrived: 0 });
    const ledger = await charges();
    expect(ledger.map((c) => c.amountCents)).toEqual([row.estimatedCents, row.estimatedCents]);
    expect(new Set(ledger.map((c) => c.openReturnLabelId)).size).toBe(2);
    const after = await labels();
    expect(after.every((l) => l.scannedAt && l.arrivedAt && l.chargedCents === row.estimatedCents && l.scannedAt < l.arrivedAt)).toBe(true);
    expect((await templates())[0]).toMatchObject({ labelsIssued: 2, uses: 2 });
    expect((await audit()).filter((a) => a === "openReturn.used")).toHaveLength(2);
    // The account's history says what each charge was.
    const { listTransactions } = await import("@/lib/payments/account-view");
    const { describeTransaction } = await import("@/lib/payments/describe-transaction");
    const lines = await listTransactions(actor, { type: "CHARGE", order: "asc" } as Parameters<typeof listTransactions>[1]);
    expect(lines.map((l) => describeTransaction(l, "en")).sort()).toEqual(after.map((l) => `Open return label ${l.trackingNumber} used`).sort());
  });

  it("on the business's own carrier account counts the use and charges nothing", async () => {
    const connector = { ...(await connectorFor(actor, "reference")), accountId: "own-account" };
    const made = await created();
    const request = made.labelTemplate as unknown as Parameters<typeof createOpenReturn>[3]["request"];
    const own = await withTenant(actor, (tx) => createOpenReturn(tx, actor.businessId, connector, { request, locationId, estimatedCents: made.estimatedCents, createdById: null }));
    if (!own.ok) throw new Error("refused");
    const issued = await withTenant(actor, (tx) => issueOpenReturnLabels(tx, actor.businessId, connector, own.data.id, 1));
    if (!issued.ok) throw new Error("not issued");
    expect(await refreshOpenReturns(actor, { now: new Date(Date.now() + 20 * DAY) })).toEqual({ scanned: 1, arrived: 1 });
    expect(await charges()).toEqual([]);
    const label = (await labels())[0]!;
    expect(label).toMatchObject({ chargedCents: null });
    expect(label.scannedAt).not.toBeNull();
  });

  it("does not touch another business's labels", async () => {
    const row = await created();
    await print({ openReturnId: row.id, count: "1", size: "letter", printId: "print-other-001" });
    const { actor: other } = await payingBusiness("or-ui-other-scan");
    expect(await refreshOpenReturns(other, { now: new Date(Date.now() + 20 * DAY) })).toEqual({ scanned: 0, arrived: 0 });
    expect((await labels())[0]!.scannedAt).toBeNull();
  });
});
