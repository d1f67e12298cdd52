import type { ShipmentQuery } from "../lib/shipments/list-schema";
import type { BenchResult } from "./harness";
import { measureAgainstOwner, vacuumAnalyzeAsOwner } from "./harness";
import { assertSameResults, ownerClient, ownerShipmentsPage } from "./owner-queries";

const PLACES = [
  ["Montréal", "QC", "H2X 1Y4"],
  ["Toronto", "ON", "M5V 2T6"],
  ["Vancouver", "BC", "V6B 1A1"],
  ["Calgary", "AB", "T2P 1J9"],
  ["Halifax", "NS", "B3H 1A1"],
] as const;
const SERVICES = ["DOM.EP", "DOM.RP", "DOM.XP", "DOM.PC"];

/**
 * The shipments history of a business with 100,000 issued shipments: a page, search, filters; each
 * as the app runs it and as the same query of the schema owner.
 */
export async function benchShipmentsSearch(): Promise<BenchResult[]> {
  const { createBusiness } = await import("../lib/businesses/create-business");
  const { db } = await import("../lib/db/client");
  const { withTenant } = await import("../lib/tenancy/context");
  const { COUNT_CAP, LIST_SELECT, listShipments } = await import("../lib/shipments/list-shipments");
  const { shipmentQuerySchema } = await import("../lib/shipments/list-schema");
  const { pinFromSerial } = await import("../lib/shipments/tracking-numbers");

  const user = await db().user.create({ data: { email: "bench-shipments@example.com" } });
  const business = await createBusiness({ userId: user.id, name: "Bench Shipments" });
  const ctx = { businessId: business.id, userId: user.id };
  const total = 100_000;
  const perBatch = 50;
  const start = Date.UTC(2026, 0, 1);
  for (let from = 0; from < total; from += 5_000) {
    await withTenant(
      ctx,
      async (tx) => {
        const batches = await tx.batch.createManyAndReturn({
          data: Array.from({ length: 5_000 / perBatch }, (_, k) => ({ businessId: business.id, number: from / perBatch + k + 1, status: "LABELLED" as const })),
          select: { id: true },
        });
        await tx.shipment.createMany({
          data: Array.from({ length: 5_000 }, (_, k) => {
            const i = from + k;
            const [city, province, postalCode] = PLACES[i % PLACES.length]!;
            const trackingNumber = pinFromSerial(9_000_000 + i);
            const name = `Client ${i}`;
            const reference1 = `ORDER-${100_000 + i}`;
            return {
              businessId: business.id,
              batchId: batches[Math.floor(k / perBatch)]!.id,
              position: (k % perBatch) + 1,
              status: i % 20 === 0 ? ("VOIDED" as const) : ("LABELLED" as const),
              recipientName: name,
              recipientLine1: `${i} rue Principale`,
              recipientCity: city,
              recipientProvince: province,
              recipientPostalCode: postalCode,
              serviceCode: SERVICES[i % SERVICES.length],
              reference1,
              trackingNumber,
              rateCents: 1500 + (i % 3000),
              labelledAt: new Date(start + i * 120_000),
              searchText: `${trackingNumber} ${reference1.toLowerCase()} client ${i} ${city.toLowerCase()} ${postalCode.toLowerCase()}`,
            };
          }),
        });
      },
      { timeoutMs: 60_000 },
    );
  }
  await vacuumAnalyzeAsOwner(["Batch", "Shipment"]);
  const q = (over: Record<string, string>) => shipmentQuerySchema.parse(over);
  const owner = ownerClient();
  const app = async (query: ShipmentQuery) => {
    const list = await listShipments(ctx, query);
    return { ids: list.rows.map((r) => r.id), matched: list.capped ? COUNT_CAP + 1 : list.total };
  };
  const asOwner = (query: ShipmentQuery) => ownerShipmentsPage(owner, business.id, query, LIST_SELECT, COUNT_CAP);
  const page = q({});
  const searches = ["order-1234", "client 5678", "7000000090", "m5v", "halifax"].map((term) => q({ q: term }));
  const filters = q({ from: "2026-02-01", to: "2026-02-28", service: "DOM.EP", status: "LABELLED" });
  for (const query of [page, ...searches, filters]) assertSameResults(`shipments ${JSON.stringify(query)}`, await app(query), await asOwner(query));
  try {
    return [
      await measureAgainstOwner("shipments: history page, 100,000 shipments", 100, () => app(page), () => asOwner(page)),
      await measureAgainstOwner("shipments: search (tracking, reference, recipient)", 100, (n) => app(searches[n % searches.length]!), (n) => asOwner(searches[n % searches.length]!)),
      await measureAgainstOwner("shipments: filters (dates, service, status)", 100, () => app(filters), () => asOwner(filters)),
    ];
  } finally {
    await owner.$disconnect();
  }
}
