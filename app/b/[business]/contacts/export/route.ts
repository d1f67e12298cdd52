import { exportContactsCsv } from "@/lib/contacts/export-contacts";
import { businessRoute } from "@/lib/tenancy/route";

/** The address book (with the list's current filters) as CSV. */
export const GET = businessRoute("business.read", async (request, actor) => {
  const url = new URL(request.url);
  const { csv } = await exportContactsCsv(actor, {
    q: url.searchParams.get("q")?.slice(0, 100) ?? "",
    tag: url.searchParams.get("tag")?.slice(0, 30) ?? "",
    country: url.searchParams.get("country")?.slice(0, 2) ?? "",
  });
  return new Response(csv, {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="contacts-${actor.slug}.csv"` },
  });
});
