/**
 * The batch sheet's actions on several rows (issue 15): a block pasted from a spreadsheet, a value
 * filled down or a service set on the selected rows, rows removed; and what the sheet shows after
 * "Rate all": the count of rows priced, each problem naming its field, no amount before pricing.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { applyTemplateAction, fillRowsAction, pasteRowsAction, rateBatchAction, removeRowsAction } from "@/app/b/[business]/batches/actions";
import { currentUser } from "@/lib/auth/session";
import { batchView } from "@/lib/batches/batch-view";
import { addBlankRow, createBatch } from "@/lib/batches/edit-rows";
import { IDLE, type FormState } from "@/lib/forms/state";
import { withTenant } from "@/lib/tenancy/context";
import type { Actor } from "@/lib/tenancy/actor";
import { GET as rowServicesRoute } from "@/app/b/[business]/batches/[id]/services/route";
import { payingBusiness } from "./batch-helpers";
import { addMember, createTestTemplate, createUser, form, type TestBusiness } from "./fixtures";

vi.mock("@/lib/auth/session", () => ({ currentUser: vi.fn() }));
const language = vi.hoisted(() => ({ current: "en" as "en" | "fr" }));
vi.mock("@/lib/i18n/current", () => ({ requestLocaleOr: async () => language.current }));
vi.mock("@/lib/i18n/request", () => ({ resolveLocale: async () => language.current }));

let business: TestBusiness;
let actor: Actor;

beforeEach(async () => {
  language.current = "en";
  ({ business, actor } = await payingBusiness(`sheet-${Math.random().toString(36).slice(2, 8)}`));
  vi.mocked(currentUser).mockResolvedValue(business.owner);
});

const rows = (batchId: string) => withTenant(actor, (tx) => tx.shipment.findMany({ where: { batchId, businessId: actor.businessId }, orderBy: { position: "asc" } }));
const run = (action: typeof pasteRowsAction, values: Record<string, string>): Promise<FormState> => action(business.slug, IDLE, form(values));
const fieldErrors = (state: FormState) => (state.status === "error" ? state.fieldErrors : {});

/** A batch of one row to Québec (30 x 20 x 10 cm, `weightKg`), rated. */
async function batchWithOneRatedRow(weightKg: number) {
  const batch = await createBatch(actor);
  const row = await addBlankRow(actor, batch.id);
  await run(pasteRowsAction, { batchId: batch.id, shipmentIds: row, column: "name", text: `Zoé Gagnon\t\t12 rue Principale\t\tQuébec\tQC\tG1R 4P5\tCA\t\t\t30\t20\t10\t${weightKg}` });
  await run(rateBatchAction, { batchId: batch.id });
  return { batch, row };
}

const BLOCK = ["Zoé Gagnon\t\t12 rue Principale\t\tQuébec\tQC\tG1R 4P5", "Sam Lee\tAtelier Lee\t800 Burrard St\t\tVancouver\tbc\tV6Z 2H6", "Ana Silva\t\t100 Queen St W\t\tToronto\tON\tM5H 2N2"].join("\r\n") + "\r\n";

describe("pasting a block of rows into the sheet", () => {
  it("fills the rows from the one pasted into and adds rows for the rest, columns in the sheet's order", async () => {
    const batch = await createBatch(actor);
    const first = await addBlankRow(actor, batch.id);
    const result = await run(pasteRowsAction, { batchId: batch.id, shipmentIds: first, column: "name", text: BLOCK });
    expect(result).toEqual({ status: "ok", message: "3 rows pasted, 2 of them added." });
    const stored = await rows(batch.id);
    expect(stored.map((r) => [r.position, r.recipientName, r.recipientCompany, r.recipientCity, r.recipientProvince, r.recipientPostalCode])).toEqual([
      [1, "Zoé Gagnon", null, "Québec", "QC", "G1R 4P5"],
      [2, "Sam Lee", "Atelier Lee", "Vancouver", "BC", "V6Z 2H6"],
      [3, "Ana Silva", null, "Toronto", "ON", "M5H 2N2"],
    ]);
    // New rows start from the member's defaults (the ship-from location).
    expect(stored[2]!.locationId).toBe(stored[0]!.locationId);
  });

  it("a cell that cannot be taken is named with its row; every other cell is saved", async () => {
    const batch = await createBatch(actor);
    const ids = [await addBlankRow(actor, batch.id), await addBlankRow(actor, batch.id)];
    const result = await run(pasteRowsAction, { batchId: batch.id, shipmentIds: ids.join(","), column: "city", text: `Québec\tQC\t\t\t\t\t30\t20\t10\t2\nToronto\tON\t\t\t\t\t30\t20\t10\t${"9".repeat(3)}` });
    expect(result).toMatchObject({ status: "error", error: "Some fields need your attention." });
    expect(fieldErrors(result)).toEqual({ "1.weight": "A parcel can weigh at most 30 kg (66 lb)." });
    const stored = await rows(batch.id);
    expect(stored.map((r) => [r.recipientCity, r.lengthMm, r.weightGrams])).toEqual([
      ["Québec", 300, 2000],
      ["Toronto", 300, null],
    ]);
  });

  it("refuses a row of another batch, and more than 50 rows in the batch, without changing anything", async () => {
    const batch = await createBatch(actor);
    const other = await createBatch(actor);
    const foreign = await addBlankRow(actor, other.id);
    expect(await run(pasteRowsAction, { batchId: batch.id, shipmentIds: foreign, column: "name", text: "A\nB" })).toMatchObject({ status: "error" });
    const fifty = Array.from({ length: 50 }, (_, i) => `Name ${i}`).join("\n");
    await addBlankRow(actor, batch.id);
    const full = await run(pasteRowsAction, { batchId: batch.id, shipmentIds: "", column: "name", text: fifty });
    expect(full).toMatchObject({ status: "error", error: expect.stringContaining("50") });
    expect(await rows(batch.id)).toHaveLength(1);
    expect(await rows(other.id)).toHaveLength(1);
  });
});

describe("the selected rows", () => {
  it("fill down gives every selected row the value; a service not quoted asks for a rating; removing takes only them", async () => {
    const batch = await createBatch(actor);
    const ids = [await addBlankRow(actor, batch.id), await addBlankRow(actor, batch.id), await addBlankRow(actor, batch.id)];
    expect(await run(fillRowsAction, { batchId: batch.id, shipmentIds: ids.slice(0, 2).join(","), field: "weight", value: "1.5" })).toEqual({ status: "ok", message: "2 rows changed." });
    expect((await rows(batch.id)).map((r) => r.weightGrams)).toEqual([1500, 1500, null]);
    expect(fieldErrors(await run(fillRowsAction, { batchId: batch.id, shipmentIds: ids.join(","), field: "name", value: "x".repeat(45) }))).toEqual({
      "0.name": "Name: at most 44 characters",
      "1.name": "Name: at most 44 characters",
      "2.name": "Name: at most 44 characters",
    });
    await run(fillRowsAction, { batchId: batch.id, shipmentIds: ids.join(","), field: "serviceCode", value: "DOM.XP" });
    expect((await rows(batch.id)).map((r) => [r.serviceCode, r.rateCents])).toEqual([
      ["DOM.XP", null],
      ["DOM.XP", null],
      ["DOM.XP", null],
    ]);
    expect(await run(removeRowsAction, { batchId: batch.id, shipmentIds: `${ids[0]},${ids[2]}` })).toEqual({ status: "ok", message: "2 rows removed." });
    expect((await rows(batch.id)).map((r) => r.id)).toEqual([ids[1]]);
  });

  it("a template goes to the selected rows only", async () => {
    const batch = await createBatch(actor);
    const ids = [await addBlankRow(actor, batch.id), await addBlankRow(actor, batch.id)];
    const template = await createTestTemplate(business);
    expect(await run(applyTemplateAction, { batchId: batch.id, templateId: template.id, shipmentIds: ids[1]! })).toMatchObject({ status: "ok" });
    expect((await rows(batch.id)).map((r) => r.lengthMm !== null)).toEqual([false, true]);
  });
});

describe("the sheet after Rate all", () => {
  it("counts only the rows priced, and names the field of every problem", async () => {
    const batch = await createBatch(actor);
    const first = await addBlankRow(actor, batch.id);
    await addBlankRow(actor, batch.id);
    await run(pasteRowsAction, { batchId: batch.id, shipmentIds: first, column: "name", text: "Zoé Gagnon\t\t12 rue Principale\t\tQuébec\tQC\tG1R 4P5\tCA\t\t\t30\t20\t10\t2" });
    // Nothing priced yet: the payment panel shows no amount to pay.
    expect((await batchView(actor, batch.id, "en", "METRIC")).priced).toBe(false);
    expect(await run(rateBatchAction, { batchId: batch.id })).toEqual({ status: "ok", message: "1 shipment rated; 1 could not be priced: its row says why." });
    const view = await batchView(actor, batch.id, "en", "METRIC");
    expect(view.rows[0]!.serviceCount).toBeGreaterThan(0);
    expect(view.rows[0]!.chosen).not.toBeNull();
    expect(view.priced).toBe(true);
    // The page carries the filled fields only: the sheet reads a missing one as empty.
    expect(view.rows[0]!.fields).toMatchObject({ name: "Zoé Gagnon", line1: "12 rue Principale", city: "Québec", postalCode: "G1R 4P5", weight: "2" });
    expect(Object.values(view.rows[0]!.fields)).not.toContain("");
    expect(view.rows[1]!.fields.name).toBeUndefined();
    expect(view.rows[1]!.problems.map((p) => p.label)).toContain("Weight: This field is required.");
    expect(view.rows[1]!.problems.map((p) => p.label)).toContain("City: Enter the city.");
    language.current = "fr";
    const fr = await batchView(actor, batch.id, "fr", "METRIC");
    expect(fr.rows[1]!.problems.map((p) => p.label)).toContain("Poids : Ce champ est obligatoire.");
    // The page asks for the view before the member's units are read: it waits for them itself.
    const imperial = await batchView(actor, batch.id, Promise.resolve("fr"), Promise.resolve("IMPERIAL"));
    expect(imperial).toEqual(await batchView(actor, batch.id, "fr", "IMPERIAL"));
    expect(imperial.rows[0]!.fields.weight).not.toBe("2");
    expect(imperial.rows[1]!.problems.map((p) => p.label)).toContain("Poids : Ce champ est obligatoire.");
  });
});

describe("the sheet's prices after a row changes", () => {
  it("a row made heavier and rated again shows its new price and total on the next view (the quotes kept from the first view are not used)", async () => {
    const { batch, row } = await batchWithOneRatedRow(1);
    const light = await batchView(actor, batch.id, "en", "METRIC");
    expect(await batchView(actor, batch.id, "en", "METRIC")).toEqual(light);
    await run(fillRowsAction, { batchId: batch.id, shipmentIds: row, field: "weight", value: "20" });
    // Changed and not rated again: the row asks for a new rating.
    expect((await batchView(actor, batch.id, "en", "METRIC")).rows[0]!.problems.map((p) => p.field)).toContain("serviceCode");
    await run(rateBatchAction, { batchId: batch.id });
    const heavy = await batchView(actor, batch.id, "en", "METRIC");
    const stored = (await rows(batch.id))[0]!;
    expect(heavy.rows[0]!.chosen!.totalCents).toBe(stored.rateCents);
    expect(heavy.rows[0]!.chosen!.totalCents).toBeGreaterThan(light.rows[0]!.chosen!.totalCents);
    expect(heavy.totals.totalCents).toBe(stored.rateCents);
    expect(heavy.rows[0]!.problems).toEqual([]);
  });
});

describe("a row's service list, loaded when it opens", () => {
  const services = (slug: string, batchId: string, row: string) =>
    rowServicesRoute(new Request(`http://127.0.0.1/b/${slug}/batches/${batchId}/services?row=${row}`), { params: Promise.resolve({ business: slug, id: batchId }) });

  it("offers the row's services cheapest first in the user's language, only to those who ship, and only the business's own rows", async () => {
    const { batch, row: first } = await batchWithOneRatedRow(2);
    const view = await batchView(actor, batch.id, "en", "METRIC");
    // The page carries the chosen service only; the list has them all.
    expect(view.rows[0]!.chosen).toMatchObject({ serviceCode: expect.any(String), total: expect.stringMatching(/^\$\d+\.\d\d$/) });
    const response = await services(business.slug, batch.id, first);
    expect(response.status).toBe(200);
    const list = ((await response.json()) as { services: { serviceCode: string; serviceName: string; totalCents: number; total: string }[] }).services;
    expect(list).toHaveLength(view.rows[0]!.serviceCount);
    expect(list.map((s) => s.totalCents)).toEqual([...list.map((s) => s.totalCents)].sort((a, b) => a - b));
    expect(list.map((s) => s.serviceCode)).toContain(view.rows[0]!.chosen!.serviceCode);
    expect(list.map((s) => s.serviceName)).toContain("Xpresspost");
    language.current = "fr";
    const fr = ((await (await services(business.slug, batch.id, first)).json()) as { services: { total: string }[] }).services;
    expect(fr[0]!.total).toMatch(/\d,\d\d\s\$$/);

    // A viewer cannot choose a service, so gets no list.
    const viewer = await createUser("viewer");
    await addMember(business, viewer, "VIEWER");
    vi.mocked(currentUser).mockResolvedValue(viewer);
    expect((await services(business.slug, batch.id, first)).status).toBe(403);

    // Another business's owner: their own business in the URL, this row's ids: not found, nothing of it.
    const other = await payingBusiness(`other-${Math.random().toString(36).slice(2, 8)}`);
    vi.mocked(currentUser).mockResolvedValue(other.business.owner);
    const intruder = await services(other.business.slug, batch.id, first);
    expect(intruder.status).toBe(404);
    expect(await intruder.text()).not.toContain("Xpresspost");
    expect((await services(business.slug, batch.id, first)).status).toBe(404);
  });
});
