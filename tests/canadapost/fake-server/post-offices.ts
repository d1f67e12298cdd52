/**
 * Find a Post Office on the fake server: GET /rs/postoffice near a postal code
 * (?postalCode=&d2po=&maximum=), a point (?latitude=&longitude=) or in a city (?city=&province=),
 * and GET /rs/postoffice/{office-id}/detail with opening hours. The offices are the reference
 * carrier's sample network (one per FSA), written as Canada Post writes its outlets: a 10-digit
 * office id (the FSA's character codes), postal codes without a space, days 1 = Sunday to 7 =
 * Saturday.
 */
import { nearestReferencePostOffices, referencePostOffice, referencePostOffices, referencePostOfficesNear } from "@/lib/carriers/reference/post-offices";
import type { PostOfficeMatch, PostOfficeRecord } from "@/lib/carriers/types";
import { distanceKm } from "@/lib/rating/zones";
import { messagesAnswer, notFound, refuse, xmlAnswer, type Ctx, type Route } from "./routing";
import { message } from "./messages";
import { el, elAttrs, leaf } from "./xml";

const POSTOFFICE = "application/vnd.cpc.postoffice+xml";

/** "REF-K1A" <-> "0075049065": three-digit character codes of the FSA, zero-padded to 10 digits. */
export function officeId(record: Pick<PostOfficeRecord, "id">): string {
  const fsa = record.id.replace(/^REF-/, "");
  return `0${[...fsa].map((c) => String(c.charCodeAt(0)).padStart(3, "0")).join("")}`;
}

function referenceId(officeIdText: string): string | null {
  const m = /^0(\d{3})(\d{3})(\d{3})$/.exec(officeIdText);
  return m ? `REF-${String.fromCharCode(Number(m[1]), Number(m[2]), Number(m[3]))}` : null;
}

const fold = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toUpperCase().trim();
const coordinate = (n: number) => (Math.round(n * 100_000) / 100_000).toFixed(5);
const upper40 = (s: string) => s.toUpperCase().slice(0, 40);
/** Offices where service is given in both official languages: Quebec, New Brunswick, the capital region. */
const bilingual = (o: PostOfficeRecord) => o.province === "QC" || o.province === "NB" || o.postalCode.startsWith("K1") || o.postalCode.startsWith("K2");

function address(o: PostOfficeRecord) {
  return el(
    "address",
    leaf("city", o.city.slice(0, 40)),
    leaf("latitude", coordinate(o.lat)),
    leaf("longitude", coordinate(o.lon)),
    leaf("postal-code", o.postalCode.replace(/\s+/g, "")),
    leaf("province", o.province),
    leaf("office-address", o.line1.slice(0, 64)),
  );
}

function listAnswer(ctx: Ctx, offices: PostOfficeMatch[], d2poOnly: boolean) {
  if (offices.length === 0) return refuse(ctx, 404, "noPostOffice");
  return xmlAnswer(
    "postoffice",
    "postoffice",
    el(
      "post-office-list",
      ...offices.map((o) =>
        el(
          "post-office",
          address(o),
          leaf("distance", o.distanceKm.toFixed(2)),
          leaf("location", upper40(o.name)),
          leaf("name", upper40(o.name)),
          leaf("office-id", officeId(o)),
          leaf("bilingual-designation", bilingual(o)),
          elAttrs("link", { rel: "self", href: `${ctx.baseUrl}/rs/postoffice/${officeId(o)}/detail${d2poOnly ? "?d2po=True" : ""}`, "media-type": POSTOFFICE }),
        ),
      ),
    ),
  );
}

function search(ctx: Ctx) {
  const q = ctx.query;
  const limit = Math.min(50, Math.max(1, Number(q.get("maximum") ?? "10") || 10));
  const d2poOnly = q.get("d2po") === "true";
  const postalCode = q.get("postalCode");
  const lat = q.get("latitude");
  const lon = q.get("longitude");
  const city = q.get("city");
  if (postalCode) {
    const found = nearestReferencePostOffices(postalCode, { limit, d2poOnly });
    return found ? listAnswer(ctx, found, d2poOnly) : refuse(ctx, 400, "postalCode", { postalCode });
  }
  if (lat && lon) {
    const point = { lat: Number(lat), lon: Number(lon) };
    if (!Number.isFinite(point.lat) || !Number.isFinite(point.lon)) return messagesAnswer(400, [message("missingParameter", ctx.lang, { name: "latitude" })]);
    return listAnswer(ctx, referencePostOfficesNear(point, { limit, d2poOnly }), d2poOnly);
  }
  if (city) {
    const province = q.get("province")?.toUpperCase();
    const inCity = referencePostOffices().filter((o) => fold(o.city) === fold(city) && (!province || o.province === province) && (!d2poOnly || o.acceptsD2PO));
    const centre = inCity[0];
    if (!centre) return listAnswer(ctx, [], d2poOnly);
    return listAnswer(
      ctx,
      inCity
        .map((o) => ({ ...o, distanceKm: Math.round(distanceKm(centre, o) * 10) / 10 }))
        .sort((a, b) => a.distanceKm - b.distanceKm || a.id.localeCompare(b.id))
        .slice(0, limit),
      d2poOnly,
    );
  }
  return refuse(ctx, 400, "missingParameter", { name: "postalCode" });
}

function detail(ctx: Ctx) {
  const id = referenceId(ctx.params.id!);
  const o = id ? referencePostOffice(id) : null;
  if (!o) return notFound();
  const open = o.hours.filter((h) => h.open && h.close);
  return xmlAnswer(
    "postoffice",
    "postoffice",
    el(
      "post-office-detail",
      address(o),
      leaf("location", upper40(o.name)),
      leaf("name", upper40(o.name)),
      leaf("office-id", officeId(o)),
      leaf("bilingual-designation", bilingual(o)),
      // Reference days run 0 = Monday .. 6 = Sunday; Canada Post's 1 = Sunday .. 7 = Saturday.
      ...open.map((h) => el("hours-list", leaf("day", ((h.day + 1) % 7) + 1), leaf("time", h.open), leaf("time", h.close))),
    ),
  );
}

export const POST_OFFICE_ROUTES: Route[] = [
  { method: "GET", pattern: /^\/rs\/postoffice$/, operation: "getNearestPostOffice", group: "postOffices", service: "postoffice", handle: search },
  { method: "GET", pattern: /^\/rs\/postoffice\/(?<id>\d{10})\/detail$/, operation: "getPostOfficeDetail", group: "postOffices", service: "postoffice", handle: detail },
];
