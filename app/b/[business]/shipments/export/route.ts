import { writeCsv } from "@/lib/csv/write-csv";
import { exportShipments } from "@/lib/shipments/list-shipments";
import { shipmentQuerySchema } from "@/lib/shipments/list-schema";
import { businessRoute } from "@/lib/tenancy/route";

/** The shipments list (with its current filters) as CSV. */
export const GET = businessRoute("business.read", async (request, actor) => {
  const params = Object.fromEntries(new URL(request.url).searchParams.entries());
  const parsed = shipmentQuerySchema.safeParse(params);
  const rows = await exportShipments(actor, parsed.success ? parsed.data : shipmentQuerySchema.parse({}));
  const csv = writeCsv(
    ["tracking_number", "status", "tracking_status", "service", "batch", "recipient", "company", "city", "province", "postal_code", "country", "reference_1", "reference_2", "price_cad", "labelled_at"],
    rows.map((s) => [
      s.trackingNumber,
      s.status,
      s.trackingStatus,
      s.serviceCode,
      s.batch.number,
      s.recipientName,
      s.recipientCompany,
      s.recipientCity,
      s.recipientProvince,
      s.recipientPostalCode,
      s.recipientCountry,
      s.reference1,
      s.reference2,
      s.rateCents === null ? "" : (s.rateCents / 100).toFixed(2),
      s.labelledAt?.toISOString() ?? "",
    ]),
  );
  return new Response(csv, { headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="shipments-${actor.slug}.csv"` } });
});
