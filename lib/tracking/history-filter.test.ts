import { describe, expect, it } from "vitest";
import { addRowsFromContacts, createBatch, saveRow } from "@/lib/batches/edit-rows";
import { payBatch } from "@/lib/batches/pay-batch";
import { rateBatch } from "@/lib/batches/rating";
import { shipmentQuerySchema } from "@/lib/shipments/list-schema";
import { listShipments } from "@/lib/shipments/list-shipments";
import { draftFromRow } from "@/lib/shipments/draft-row";
import { withTenant } from "@/lib/tenancy/context";
import { createContacts, payingBusiness, stubRender } from "@/tests/batch-helpers";
import { refreshTracking } from "./refresh";

describe("the shipments history by tracking status", () => {
  it("shows where each parcel is and filters on it", async () => {
    const { actor } = await payingBusiness("history1");
    const batch = await createBatch(actor);
    await addRowsFromContacts(actor, batch.id, await createContacts(actor, 2));
    const rows = await withTenant(actor, (tx) => tx.shipment.findMany({ where: { batchId: batch.id, businessId: actor.businessId }, orderBy: { position: "asc" } }));
    for (const row of rows) await saveRow(actor, batch.id, row.id, { ...draftFromRow(row), lengthMm: 300, widthMm: 200, heightMm: 100, weightGrams: 1000 });
    await rateBatch(actor, batch.id);
    await payBatch(actor, batch.id, "ACCOUNT", { render: stubRender });
    // Only the first parcel is followed a month on.
    await refreshTracking(actor, { now: new Date(Date.now() + 30 * 86_400_000), shipmentIds: [rows[0]!.id] });
    const list = (status: string) => listShipments(actor, shipmentQuerySchema.parse({ status }));
    const all = await list("");
    expect(all.rows.map((r) => r.trackingStatus).sort()).toEqual([expect.stringMatching(/^(DELIVERED|RETURNED)$/), "CREATED"].sort());
    const created = await list("CREATED");
    expect(created.rows.map((r) => r.id)).toEqual([rows[1]!.id]);
    const arrived = await list(all.rows.find((r) => r.id === rows[0]!.id)!.trackingStatus!);
    expect(arrived.rows.map((r) => r.id)).toEqual([rows[0]!.id]);
    expect((await list("LABELLED")).total).toBe(2);
  });
});
