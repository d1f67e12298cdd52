import { describe, expect, it } from "vitest";
import { shipmentQuerySchema } from "@/lib/shipments/list-schema";
import { listShipments } from "@/lib/shipments/list-shipments";
import { paidBatchOf, payingBusiness } from "@/tests/batch-helpers";
import { refreshTracking } from "./refresh";

describe("the shipments history by tracking status", () => {
  it("shows where each parcel is and filters on it", async () => {
    const { actor } = await payingBusiness("history1");
    const rows = await paidBatchOf(actor, 2);
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
