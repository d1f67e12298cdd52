/**
 * The batch sheet's row, saved through its action as the browser sends it, with what people paste
 * and type: a value Canada Post (or PostgreSQL) cannot take gets a message next to its field, in
 * the user's language, and every other field of the row is saved (issue 12).
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { saveRowAction } from "@/app/b/[business]/batches/actions";
import { currentUser } from "@/lib/auth/session";
import { addBlankRow, createBatch } from "@/lib/batches/edit-rows";
import { IDLE, type FormState } from "@/lib/forms/state";
import { withTenant } from "@/lib/tenancy/context";
import type { Actor } from "@/lib/tenancy/actor";
import { payingBusiness } from "./batch-helpers";
import { form, type TestBusiness } from "./fixtures";

vi.mock("@/lib/auth/session", () => ({ currentUser: vi.fn() }));
const language = vi.hoisted(() => ({ current: "en" as "en" | "fr" }));
vi.mock("@/lib/i18n/current", () => ({ requestLocaleOr: async () => language.current }));

let business: TestBusiness;
let actor: Actor;

beforeEach(async () => {
  language.current = "en";
  ({ business, actor } = await payingBusiness(`row-input-${Math.random().toString(36).slice(2, 8)}`));
  vi.mocked(currentUser).mockResolvedValue(business.owner);
});

/** A new row with an address and a weight already saved. */
async function savedRow(): Promise<{ batchId: string; rowId: string; type: (fields: Record<string, string>) => Promise<FormState> }> {
  const batch = await createBatch(actor);
  const rowId = await addBlankRow(actor, batch.id);
  const type = (fields: Record<string, string>) =>
    saveRowAction(business.slug, IDLE, form({ batchId: batch.id, shipmentId: rowId, units: "METRIC", ...fields, changed: Object.keys(fields).join(",") }));
  expect(await type({ name: "Zoé Gagnon", line1: "12 rue Principale", city: "Québec", province: "QC", postalCode: "G1R 4P5", weight: "2" })).toMatchObject({ status: "ok" });
  return { batchId: batch.id, rowId, type };
}

const stored = (rowId: string) => withTenant(actor, (tx) => tx.shipment.findFirstOrThrow({ where: { id: rowId, businessId: actor.businessId } }));

const fieldErrors = (state: FormState) => (state.status === "error" ? state.fieldErrors : {});

describe("a batch row typed with values that cannot be taken", () => {
  it("a 189-character name gets 'Name: at most 44 characters'; the fields typed with it are saved and nothing saved is lost", async () => {
    const { rowId, type } = await savedRow();
    const result = await type({ name: "x".repeat(189), company: "Atelier Zoé", phone: "418 555 0100", length: "30" });
    expect(result).toMatchObject({ status: "error", error: "Some fields need your attention." });
    expect(fieldErrors(result)).toEqual({ name: "Name: at most 44 characters" });
    expect(await stored(rowId)).toMatchObject({
      recipientName: "Zoé Gagnon",
      recipientCompany: "Atelier Zoé",
      recipientPhone: "418 555 0100",
      recipientLine1: "12 rue Principale",
      recipientCity: "Québec",
      recipientPostalCode: "G1R 4P5",
      lengthMm: 300,
      weightGrams: 2000,
    });
  });

  it("says it in French, where 2,5 is a number", async () => {
    language.current = "fr";
    const { rowId, type } = await savedRow();
    const result = await type({ name: "x".repeat(45), weight: "2,5", reference1: "r".repeat(36) });
    expect(fieldErrors(result)).toEqual({ name: "Nom : au plus 44 caractères", reference1: "Référence 1 : au plus 35 caractères" });
    expect(await stored(rowId)).toMatchObject({ recipientName: "Zoé Gagnon", weightGrams: 2500 });
  });

  it("a weight of 1e9, 0x10, 0.0001 or 31 kg gets its own message and never reaches the database", async () => {
    const { rowId, type } = await savedRow();
    expect(fieldErrors(await type({ weight: "1e9" }))).toEqual({ weight: "Enter a number, like 12.5." });
    expect(fieldErrors(await type({ weight: "0x10" }))).toEqual({ weight: "Enter a number, like 12.5." });
    expect(fieldErrors(await type({ weight: "0.0001" }))).toEqual({ weight: "Weight: at least 0.001 kg" });
    expect(fieldErrors(await type({ weight: "31" }))).toEqual({ weight: "A parcel can weigh at most 30 kg (66 lb)." });
    expect(fieldErrors(await type({ weight: "2,5" }))).toEqual({ weight: "Enter a number, like 12.5." });
    expect(fieldErrors(await type({ coverage: "99999999999" }))).toEqual({ coverage: "Coverage amount: at most $5,000.00" });
    expect(await stored(rowId)).toMatchObject({ weightGrams: 2000 });
    expect(await type({ weight: " 0.25 " })).toMatchObject({ status: "ok" });
    expect(await stored(rowId)).toMatchObject({ weightGrams: 250 });
  });
});
