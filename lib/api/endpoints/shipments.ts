/**
 * /api/v1/shipments: buy one label, list the history with its filters, read one, void one. Buying
 * is the web app's own purchase (a batch of one, lib/purchases/buy-one.ts): paid on account with a
 * live key, never charged with a test key (reference carrier or sandbox, marked `test`).
 */
import { z } from "zod";
import { BatchInvalidError } from "@/lib/purchases/check";
import { buyOne, NotBuyableError } from "@/lib/purchases/buy-one";
import { loadInOrder } from "@/lib/db/load-in-order";
import { SEARCH_LIMITS, ID_MAX } from "@/lib/forms/limits";
import type { AppLocale } from "@/lib/i18n/locales";
import type { ShipmentQuery } from "@/lib/shipments/list-schema";
import { searchShipmentIds } from "@/lib/shipments/shipment-search";
import { draftProblems } from "@/lib/shipments/validate-draft";
import { voidShipment } from "@/lib/shipments/void-shipment";
import { withTenant } from "@/lib/tenancy/context";
import type { ApiActor } from "../actor";
import { cursorOffset, page } from "../cursor";
import { endpoint } from "../endpoint";
import { ApiError, ApiFieldsError } from "../errors";
import { Shipment, SHIPMENT_SELECT, shipmentObject, TRACKING_STATUSES } from "../objects/shipment";
import { Id, IsoDate, listOf, PageQuery } from "../schemas/common";
import { CreateShipmentRequest, draftFieldErrors, draftOfRequest } from "../shipment-draft";

const IdParams = z.object({ id: Id });

const origin = (request: Request) => new URL(request.url).origin;

/** A shipment of the business that was paid for (drafts of the web app's batches are not shipments yet), or the API's 404. */
export async function loadShipment(actor: ApiActor, id: string) {
  const row = await withTenant(actor, (tx) =>
    tx.shipment.findFirst({ where: { id, businessId: actor.businessId, batch: { status: { in: ["PAID", "LABELLED"] } } }, select: SHIPMENT_SELECT }),
  );
  if (!row) throw new ApiError(404, "not_found_error", "notFound", { id }, "id");
  return row;
}

export async function shipmentAnswer(actor: ApiActor, id: string, locale: AppLocale, request: Request) {
  return shipmentObject(await loadShipment(actor, id), { locale, origin: origin(request) });
}

export const createShipment = endpoint({
  id: "createShipment",
  method: "POST",
  path: "/shipments",
  access: "write",
  tag: "Shipments",
  summary: "Buy a label",
  description:
    "Rates the parcel on the server, checks it as the batch page does, pays on the business's account and buys the label. Answers with the shipment, its tracking number and the URL of its label. With a test key the label comes from the reference carrier (or a Canada Post sandbox account), is marked `test` and nothing is charged. Send an Idempotency-Key: the same key and body never buy twice.",
  body: CreateShipmentRequest,
  response: Shipment,
  status: 201,
  errors: [400, 402, 404, 409, 422],
  async run({ actor, body, locale, request }) {
    const built = await draftOfRequest(actor, body);
    const problems = draftProblems(built.draft, { hasLocation: built.hasLocation });
    if (problems.length > 0) throw new ApiFieldsError(draftFieldErrors(problems, locale));
    try {
      const { shipmentId } = await buyOne(actor, built.draft, { labelFormat: built.labelFormat, postOffice: built.postOffice });
      return await shipmentAnswer(actor, shipmentId, locale, request);
    } catch (e) {
      if (e instanceof NotBuyableError) throw new ApiFieldsError(draftFieldErrors(e.problems, locale));
      if (e instanceof BatchInvalidError) throw new ApiFieldsError(draftFieldErrors(e.rows.flatMap((r) => r.problems), locale));
      throw e;
    }
  },
});

const STATUS_FILTER = { purchased: "LABELLED", voided: "VOIDED", ...Object.fromEntries(Object.entries(TRACKING_STATUSES).map(([db, api]) => [api, db])) } as Record<string, ShipmentQuery["status"]>;

export const listShipmentsEndpoint = endpoint({
  id: "listShipments",
  method: "GET",
  path: "/shipments",
  access: "read",
  tag: "Shipments",
  summary: "List shipments, newest first",
  description: "The shipment history with its filters: `q` searches tracking numbers, references, recipients and postal codes.",
  query: PageQuery.extend({
    q: z.string().max(SEARCH_LIMITS.q, "maxChars").default(""),
    createdFrom: IsoDate.optional().meta({ description: "Bought on or after this day." }),
    createdTo: IsoDate.optional().meta({ description: "Bought on or before this day." }),
    status: z.enum(Object.keys(STATUS_FILTER) as [string, ...string[]]).optional().meta({ description: "Purchased or voided, or where the parcel is." }),
    service: z.string().max(SEARCH_LIMITS.service, "maxChars").default("").meta({ description: "A service code." }),
    locationId: z.string().max(ID_MAX, "maxChars").default(""),
    batch: z.coerce.number().int().min(0).max(10_000_000).default(0).meta({ description: "A batch number." }),
  }),
  response: listOf(Shipment, "Shipment"),
  errors: [400],
  async run({ actor, query, locale, request }) {
    const offset = cursorOffset(query.cursor);
    const q: ShipmentQuery = { q: query.q, from: query.createdFrom ?? "", to: query.createdTo ?? "", status: query.status ? STATUS_FILTER[query.status]! : "", service: query.service, location: query.locationId, batch: query.batch, page: 1 };
    const rows = await withTenant(actor, async (tx) => {
      const { ids } = await searchShipmentIds(tx, q, { skip: offset, take: query.limit + 1, countCap: offset + query.limit + 1 });
      return loadInOrder(ids, (chunk) => tx.shipment.findMany({ where: { id: { in: chunk }, businessId: actor.businessId }, select: SHIPMENT_SELECT }));
    });
    const p = page(rows, offset, query.limit);
    return { ...p, data: p.data.map((s) => shipmentObject(s, { locale, origin: origin(request) })) };
  },
});

export const getShipmentEndpoint = endpoint({
  id: "getShipment",
  method: "GET",
  path: "/shipments/{id}",
  access: "read",
  tag: "Shipments",
  summary: "One shipment",
  params: IdParams,
  response: Shipment,
  errors: [404],
  run: ({ actor, params, locale, request }) => shipmentAnswer(actor, params.id, locale, request),
});

export const voidShipmentEndpoint = endpoint({
  id: "voidShipment",
  method: "POST",
  path: "/shipments/{id}/void",
  access: "write",
  tag: "Shipments",
  summary: "Void a label",
  description:
    "Asks the carrier to void a label not yet scanned. Its price comes back as the app gives it back (an account credit; nothing for a test label). When the carrier takes a refund request instead, the status is `void_requested` until it settles. A voided shipment answers 409.",
  params: IdParams,
  response: Shipment,
  errors: [404, 409, 502],
  async run({ actor, params, locale, request }) {
    const before = await loadShipment(actor, params.id);
    if (before.status === "VOIDED" || before.status === "VOID_REQUESTED") throw new ApiError(409, "conflict_error", "alreadyVoided", {}, "id");
    await voidShipment(actor, params.id);
    return shipmentAnswer(actor, params.id, locale, request);
  },
});
