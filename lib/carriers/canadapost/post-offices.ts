/**
 * Find a Post Office (postoffice.xsd): Get Nearest Post Office and Get Post Office Detail, their
 * requests and the parsers of their answers into Envoi's post offices. Pure.
 *
 * - The search goes by postal code (the query's, or one found in its text), else by city and
 *   province ("Richmond, BC", "Trois-Rivières QC"), else by the text as a city (Canada Post then
 *   answers "invalid city or province" in its words). At most 50 offices (Canada Post's limit).
 * - Canada Post's answers carry no Deliver to Post Office flag: a list asked with d2po=true holds
 *   only offices that take such parcels, so `acceptsD2PO` is true for it; for an unfiltered list
 *   and for a detail it is false, meaning "not confirmed" (pass what the caller knows).
 * - List entries have no hours (hours: []); the detail has them. Canada Post numbers days 1 =
 *   Sunday ... 7 = Saturday (postoffice.xsd); Envoi 0 = Monday ... 6 = Sunday. A day has up to
 *   four times (a closing at lunch): its first and last are the opening and closing; a day Canada
 *   Post leaves out is closed. Distances are Canada Post's, in kilometres.
 * - `sample` is false: these are Canada Post's offices.
 */
import { normalizeCanadianPostalCode } from "@/lib/addresses/postal-codes";
import { provinceCodeFrom } from "@/lib/addresses/provinces";
import type { CarrierResult, OpeningHours, PostOfficeMatch, PostOfficeQuery, PostOfficeRecord } from "../types";
import { parseMessages, rejected, unexpected } from "./messages";
import { mediaType, type CpRequest, type CpResponse } from "./request";
import { children, readXml, text, type XmlElement } from "./xml";

export const POST_OFFICE_MEDIA_TYPE = mediaType("postoffice");
export const MAX_POST_OFFICES = 50;
const DEFAULT_POST_OFFICES = 10;

const POSTAL_CODE_IN_TEXT = /\b([A-Z]\d[A-Z]) ?-?(\d[A-Z]\d)\b/;

/** What to search near: a postal code ("K1A0B1"), or a city and maybe its province. */
export function postOfficeSearch(query: PostOfficeQuery): { postalCode: string } | { city: string; province: string | null } {
  const fromCode = normalizeCanadianPostalCode(query.postalCode);
  if (fromCode) return { postalCode: fromCode.replace(" ", "") };
  const typed = (query.text ?? query.postalCode ?? "").trim().slice(0, 200);
  const found = POSTAL_CODE_IN_TEXT.exec(typed.toUpperCase());
  const inText = found ? normalizeCanadianPostalCode(`${found[1]}${found[2]}`) : null;
  if (inText) return { postalCode: inText.replace(" ", "") };
  const comma = typed.lastIndexOf(",");
  // "Richmond, British Columbia" or "Richmond BC" (a bare name at the end could be the city's: "Ville de Québec").
  const tail = comma > 0 ? typed.slice(comma + 1) : (/\s([A-Za-z]{2})$/.exec(typed)?.[1] ?? "");
  const province = tail ? provinceCodeFrom(tail) : null;
  const city = (province ? typed.slice(0, typed.length - tail.length).replace(/[,\s]+$/, "") : typed).split(",").at(-1)!.trim();
  return { city: city || typed, province };
}

const param = (name: string, value: string) => `${name}=${encodeURIComponent(value)}`;

/** Get Nearest Post Office: GET /rs/postoffice?d2po=true&postalCode=K1A0B1&maximum=10 (or city & province). */
export function postOfficesRequest(query: PostOfficeQuery): CpRequest {
  const search = postOfficeSearch(query);
  const maximum = Math.min(MAX_POST_OFFICES, Math.max(1, Math.floor(query.limit ?? DEFAULT_POST_OFFICES)));
  const params = [
    ...(query.d2poOnly ? [param("d2po", "true")] : []),
    ...("postalCode" in search ? [param("postalCode", search.postalCode)] : [...(search.province ? [param("province", search.province)] : []), param("city", search.city)]),
    param("maximum", String(maximum)),
  ];
  return { group: "postOffices", method: "GET", path: `/rs/postoffice?${params.join("&")}`, accept: POST_OFFICE_MEDIA_TYPE };
}

/** Get Post Office Detail: GET /rs/postoffice/{office id}/detail (the list's rel="detail" link). */
export function postOfficeDetailRequest(id: string): CpRequest {
  return { group: "postOffices", method: "GET", path: `/rs/postoffice/${encodeURIComponent(id.trim())}/detail`, accept: POST_OFFICE_MEDIA_TYPE };
}

/** The office's fields common to the list and the detail; null when one is missing. */
function office(e: XmlElement, acceptsD2PO: boolean, hours: OpeningHours[]): PostOfficeRecord | null {
  const id = text(e, "office-id");
  const lat = Number(text(e, "address", "latitude"));
  const lon = Number(text(e, "address", "longitude"));
  const city = text(e, "address", "city");
  if (!id || !city || !Number.isFinite(lat) || !Number.isFinite(lon)) return null;
  const postalCode = text(e, "address", "postal-code") ?? "";
  return {
    id,
    name: text(e, "name") ?? city,
    line1: text(e, "address", "office-address") ?? "",
    city,
    province: text(e, "address", "province") ?? "",
    postalCode: normalizeCanadianPostalCode(postalCode) ?? postalCode,
    lat,
    lon,
    hours,
    acceptsD2PO,
    sample: false,
  };
}

/**
 * The nearest offices, closest first. `query.d2poOnly`: the list was asked with d2po=true (every
 * office in it takes Deliver to Post Office parcels). A 404 without messages is no office at all.
 */
export function parsePostOffices(response: CpResponse, query: Pick<PostOfficeQuery, "d2poOnly"> = {}): CarrierResult<PostOfficeMatch[]> {
  const doc = response.status < 300 ? readXml(response.body) : null;
  if (!doc || doc.name !== "post-office-list") {
    const messages = parseMessages(response.body);
    if (response.status === 404 && messages.length === 0) return { data: [], messages: [] };
    return { data: null, messages: messages.length ? rejected(messages) : unexpected(response, "post offices") };
  }
  const offices = children(doc.element, "post-office").flatMap((e) => {
    const record = office(e, query.d2poOnly === true, []);
    const distanceKm = Number(text(e, "distance"));
    return record ? [{ ...record, distanceKm: Number.isFinite(distanceKm) ? distanceKm : 0 }] : [];
  });
  return { data: offices.sort((a, b) => a.distanceKm - b.distanceKm), messages: [] };
}

/** "8:30" -> "08:30"; null when not a time. */
function clock(value: string | null): string | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(value ?? "");
  return m && Number(m[1]) < 24 ? `${m[1]!.padStart(2, "0")}:${m[2]}` : null;
}

/** Canada Post's hours-list (1 = Sunday) as seven days, 0 = Monday ... 6 = Sunday. */
export function openingHours(lists: XmlElement[]): OpeningHours[] {
  const week: OpeningHours[] = Array.from({ length: 7 }, (_, day) => ({ day, open: null, close: null }));
  for (const list of lists) {
    const cpDay = Number(text(list, "day"));
    if (!Number.isInteger(cpDay) || cpDay < 1 || cpDay > 7) continue;
    const times = children(list, "time").map((t) => clock(text(t))).filter((t): t is string => t !== null);
    if (times.length < 2) continue;
    week[(cpDay + 5) % 7] = { day: (cpDay + 5) % 7, open: times[0]!, close: times.at(-1)! };
  }
  return week;
}

/** One office with its hours; null when Canada Post does not know it (or answers otherwise). */
export function parsePostOfficeDetail(response: CpResponse, known: { acceptsD2PO?: boolean } = {}): PostOfficeRecord | null {
  const doc = response.status < 300 ? readXml(response.body) : null;
  if (!doc || doc.name !== "post-office-detail") return null;
  return office(doc.element, known.acceptsD2PO === true, openingHours(children(doc.element, "hours-list")));
}
