import { rowServices } from "@/lib/batches/row-services";
import { resolveLocale } from "@/lib/i18n/request";
import { businessRoute, plain } from "@/lib/tenancy/route";

/**
 * One row's services, cheapest first, as JSON (?row=<shipment id>): what the row's service list
 * offers when it opens. A route rather than a server action: the browser runs server actions one at
 * a time and each refreshes the page, while this is a read that may run beside a save.
 */
export const GET = businessRoute<{ id: string }>("shipments.create", async (request, actor, params) => {
  const row = new URL(request.url).searchParams.get("row") ?? "";
  const batchId = params.id ?? "";
  const services = row && batchId && row.length <= 64 && batchId.length <= 64 ? await rowServices(actor, batchId, row, await resolveLocale()) : null;
  if (!services) return plain(404, "Not found / Introuvable");
  return Response.json({ services }, { headers: { "cache-control": "private, no-store" } });
});
