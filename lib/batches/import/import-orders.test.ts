import { beforeAll, describe, expect, it, vi } from "vitest";
import { currentUser } from "@/lib/auth/session";
import { FieldsError } from "@/lib/errors";
import { IDLE } from "@/lib/forms/state";
import { parseImportFile } from "@/lib/contacts/import/parse-file";
import type { Actor } from "@/lib/tenancy/actor";
import { withTenant } from "@/lib/tenancy/context";
import { tenantSnapshot } from "@/tests/db";
import { payingBusiness } from "@/tests/batch-helpers";
import { addMember, createUser, form, type TestBusiness } from "@/tests/fixtures";
import { importOrdersAction } from "@/app/b/[business]/batches/import/actions";
import { effectiveDefaults } from "@/lib/settings/settings";
import { draftFromRow } from "@/lib/shipments/draft-row";
import { importOrders } from "./import-orders";
import { planOrders } from "./plan";
import { guessOrderMapping } from "./mapping";
import { orderFormValues } from "./request";
import { orderImportSchema } from "./schemas";

vi.mock("@/lib/auth/session", () => ({ currentUser: vi.fn() }));

const HEADER = "Order number,Ship to name,Address,City,Province,Postal code,Country,Weight,Length,Width,Height,Notes";
const line = (i: number) => `A-${String(i).padStart(4, "0")},Customer ${String(i).padStart(4, "0")},${i} Front St W,Toronto,ON,M5V 2T6,CA,1.5,30,20,10,`;
const csvOf = (count: number, extra: string[] = []) => [HEADER, ...Array.from({ length: count }, (_, i) => line(i + 1)), ...extra].join("\n");

async function requestOf(csv: string, units: "METRIC" | "IMPERIAL" = "METRIC", name = "orders.csv") {
  const table = await parseImportFile({ name, bytes: new TextEncoder().encode(csv) });
  return orderImportSchema.parse(orderFormValues(table, guessOrderMapping(table.headers, table.rows), units, name));
}

async function batchRows(actor: Actor, batchId: string) {
  return withTenant(actor, (tx) => tx.shipment.findMany({ where: { batchId, businessId: actor.businessId }, orderBy: { position: "asc" } }));
}

/** What redirect() threw: Next.js puts the target in the error's digest. */
async function redirectOf(p: Promise<unknown>): Promise<string | null> {
  try {
    await p;
    return null;
  } catch (e) {
    const digest = String((e as { digest?: string }).digest ?? "");
    if (!digest.startsWith("NEXT_REDIRECT")) throw e;
    return digest.split(";")[2] ?? "";
  }
}

let shop: { business: TestBusiness; actor: Actor; locationId: string };
let other: { business: TestBusiness; actor: Actor; locationId: string };

beforeAll(async () => {
  shop = await payingBusiness("orders");
  other = await payingBusiness("orders-other");
});

describe("importing a file of orders", () => {
  it("makes 3 batches of 50, 50 and 20 rows from 120 orders, in file order, from the member's defaults", async () => {
    const { actor, locationId } = await payingBusiness("orders-120");
    const outcome = await importOrders(actor, await requestOf(csvOf(120)));
    expect(outcome.batches.map((b) => b.rows)).toEqual([50, 50, 20]);
    expect(outcome.skipped).toEqual([]);
    const numbers = outcome.batches.map((b) => b.number);
    expect(numbers).toEqual([numbers[0], numbers[0]! + 1, numbers[0]! + 2]);

    const all = [];
    for (const b of outcome.batches) {
      const rows = await batchRows(actor, b.id);
      expect(rows.map((r) => r.position)).toEqual(Array.from({ length: b.rows }, (_, i) => i + 1));
      all.push(...rows);
    }
    expect(all.map((r) => r.reference1)).toEqual(Array.from({ length: 120 }, (_, i) => `A-${String(i + 1).padStart(4, "0")}`));
    expect(all[0]).toMatchObject({ recipientName: "Customer 0001", recipientPostalCode: "M5V 2T6", recipientProvince: "ON", locationId, lengthMm: 300, widthMm: 200, heightMm: 100, weightGrams: 1500, status: "DRAFT" });
    expect(all[0]!.searchText).toContain("customer 0001");

    const audit = await withTenant(actor, (tx) => tx.auditLog.findMany({ where: { businessId: actor.businessId, action: "batch.imported" }, orderBy: { createdAt: "asc" } }));
    expect(audit.map((a) => a.details)).toEqual([
      { name: "orders.csv", number: numbers[0], rows: 50, fromRow: 2, toRow: 51 },
      { name: "orders.csv", number: numbers[1], rows: 50, fromRow: 52, toRow: 101 },
      { name: "orders.csv", number: numbers[2], rows: 20, fromRow: 102, toRow: 121 },
    ]);
  });

  it("converts inches and pounds", async () => {
    const { actor } = await payingBusiness("orders-imperial");
    const csv = "Order,Name,Address,City,Province,Postal code,Weight (lb),Length (in),Width (in),Height (in)\n1,Ann Lee,1 Main St,Ottawa,ON,K1A 0B1,2.2,12,8,4\n";
    const { batches } = await importOrders(actor, await requestOf(csv, "IMPERIAL"));
    const [row] = await batchRows(actor, batches[0]!.id);
    expect([row!.lengthMm, row!.widthMm, row!.heightMm, row!.weightGrams]).toEqual([305, 203, 102, 998]);
  });

  it("keeps invalid orders as draft rows, and skips and reports only empty rows", async () => {
    const { actor } = await payingBusiness("orders-skip");
    // Row 3 has a note only (an unmapped column): nothing that could be a shipment. Row 4 has no city nor a valid postal code.
    const csv = [HEADER, line(1), ",,,,,,,,,,,call first", "B-2,Bob,2 Main St,,ON,ZZZ,CA,,,,,", line(3)].join("\n");
    const outcome = await importOrders(actor, await requestOf(csv));
    expect(outcome.skipped).toEqual([3]);
    expect(outcome.batches.map((b) => b.rows)).toEqual([3]);
    const rows = await batchRows(actor, outcome.batches[0]!.id);
    expect(rows.map((r) => [r.position, r.reference1, r.recipientPostalCode, r.weightGrams])).toEqual([
      [1, "A-0001", "M5V 2T6", 1500],
      [2, "B-2", "ZZZ", null],
      [3, "A-0003", "M5V 2T6", 1500],
    ]);
  });

  it("stores every draft exactly as planned (JSON columns, customs abroad, service and signature from the file)", async () => {
    const { actor } = await payingBusiness("orders-exact");
    await withTenant(actor, (tx) => tx.businessSettings.update({ where: { businessId: actor.businessId }, data: { notificationEmails: ["shop@example.com"], reference: "SHOP" } }));
    const csv = [
      "Name,Address,City,State,Zip,Country,Phone,Email,Weight,Service,Signature",
      "Ann Lee,350 5th Ave,New York,New York,10118,United States,212 555 0100,Ann@Example.com,2,USA.EP,yes",
      "Zoé Gagnon,12 rue Saint-Jean,Québec,QC,G1R 4P5,,,,1,Priorité,non",
    ].join("\n");
    const request = await requestOf(csv);
    const { batches } = await importOrders(actor, request);
    const rows = await batchRows(actor, batches[0]!.id);
    const plan = planOrders(
      { headers: request.columns.filter((c) => c.field).map((c) => c.header), rows: request.rows, rowNumbers: request.rowNumbers },
      request.columns.filter((c) => c.field).map((c) => c.field),
      await effectiveDefaults(actor),
      "METRIC",
    );
    expect(rows.map(draftFromRow)).toEqual(plan.orders.map((o) => o.draft));
    expect(rows[0]).toMatchObject({ recipientCountry: "US", recipientProvince: "NY", serviceCode: "USA.EP", customs: { items: [] }, options: { signature: true }, reference1: "SHOP", notifications: [{ email: "shop@example.com" }] });
    expect(rows[1]).toMatchObject({ recipientCountry: "CA", serviceCode: "DOM.PC", customs: null, options: { signature: false } });
  });

  it("refuses a file whose rows are all empty, and creates nothing", async () => {
    const { actor } = await payingBusiness("orders-empty");
    const error = await importOrders(actor, await requestOf(`${HEADER}\n,,,,,,,,,,,just a note\n`)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FieldsError);
    expect((error as FieldsError).problems).toEqual({ rows: { code: "noOrders" } });
    expect(await withTenant(actor, (tx) => tx.batch.count({ where: { businessId: actor.businessId } }))).toBe(0);
  });

  it("creates 20 batches of 50 from 1,000 orders well within 5 seconds", async () => {
    const { actor } = await payingBusiness("orders-1000");
    const request = await requestOf(csvOf(1_000));
    const started = performance.now();
    const { batches } = await importOrders(actor, request);
    const ms = performance.now() - started;
    console.log(`1,000 orders into 20 batches: ${Math.round(ms)} ms`);
    expect(batches).toHaveLength(20);
    expect(batches.every((b) => b.rows === 50)).toBe(true);
    expect(ms).toBeLessThan(5_000);
  });

  it("refuses more than 1,000 orders in one request", async () => {
    const table = await parseImportFile({ name: "big.csv", bytes: new TextEncoder().encode(csvOf(1_001)) });
    const parsed = orderImportSchema.safeParse(orderFormValues(table, guessOrderMapping(table.headers), "METRIC", "big.csv"));
    expect(parsed.success).toBe(false);
  });
});

describe("the import action", () => {
  it("opens the batch when it made one, the list with the count when it made several; rows land in the member's business only", async () => {
    const beforeOther = await tenantSnapshot(other.business.id);
    vi.mocked(currentUser).mockResolvedValue(shop.business.owner);
    const one = await redirectOf(importOrdersAction(shop.business.slug, IDLE, form(orderFormValues(...(await tableAndMapping(csvOf(3))), "METRIC", "three.csv"))));
    const batch = await withTenant(shop.actor, (tx) => tx.batch.findFirstOrThrow({ where: { businessId: shop.business.id }, orderBy: { number: "desc" } }));
    expect(one).toBe(`/b/${shop.business.slug}/batches/${batch.id}`);
    const several = await redirectOf(importOrdersAction(shop.business.slug, IDLE, form(orderFormValues(...(await tableAndMapping(csvOf(60))), "METRIC", "sixty.csv"))));
    expect(several).toBe(`/b/${shop.business.slug}/batches?imported=2`);
    expect(await tenantSnapshot(other.business.id)).toEqual(beforeOther);
    const rows = await withTenant(shop.actor, (tx) => tx.shipment.count({ where: { businessId: shop.business.id } }));
    expect(rows).toBe(63);
  });

  it("is refused to a viewer, and to a member of another business", async () => {
    const viewer = await createUser("orders-viewer");
    await addMember(shop.business, viewer, "VIEWER");
    const before = await tenantSnapshot(shop.business.id);
    const values = orderFormValues(...(await tableAndMapping(csvOf(2))), "METRIC", "two.csv");
    vi.mocked(currentUser).mockResolvedValue(viewer);
    expect(await importOrdersAction(shop.business.slug, IDLE, form(values))).toMatchObject({ status: "error", error: expect.stringMatching(/role does not allow/i) });
    vi.mocked(currentUser).mockResolvedValue(other.business.owner);
    expect(await importOrdersAction(shop.business.slug, IDLE, form(values))).toMatchObject({ status: "error", error: expect.stringMatching(/could not find/i) });
    expect(await tenantSnapshot(shop.business.id)).toEqual(before);
  });

  it("says when every row is empty", async () => {
    vi.mocked(currentUser).mockResolvedValue(shop.business.owner);
    const result = await importOrdersAction(shop.business.slug, IDLE, form(orderFormValues(...(await tableAndMapping(`${HEADER}\n,,,,,,,,,,,note\n`)), "METRIC", "x.csv")));
    expect(result).toMatchObject({ status: "error", fieldErrors: { rows: "Every row of this file is empty, so no batch was created. Check the columns and try again." } });
  });
});

async function tableAndMapping(csv: string) {
  const table = await parseImportFile({ name: "orders.csv", bytes: new TextEncoder().encode(csv) });
  return [table, guessOrderMapping(table.headers, table.rows)] as const;
}
