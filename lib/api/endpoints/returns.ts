/**
 * Returns through the API, with the web app's own services (lib/returns): make a return label for
 * an issued shipment, list and read returns, download a label, cancel one not yet used. The label
 * comes from the carrier that issued the shipment and is paid when used (charged at the carrier's
 * first scan); the return of a test label is a test too (never charged), and a test key makes
 * returns of test labels only, so it never reaches a carrier's production system.
 */
import { z } from "zod";
import { FieldsError } from "@/lib/errors";
import { cancelReturn } from "@/lib/returns/cancel";
import { issueReturn, NOTE_MAX } from "@/lib/returns/issue";
import { returnLabelPdf } from "@/lib/returns/label-pdf";
import { isTestMode, readInTenant } from "@/lib/tenancy/context";
import type { ApiActor } from "../actor";
import { decodeCursor, pageOf } from "../cursor";
import { endpoint } from "../endpoint";
import { ApiError } from "../errors";
import { Return, RETURN_SELECT, RETURN_STATUSES, returnObject } from "../objects/return";
import { Id, listOf, PageQuery } from "../schemas/common";
import { file } from "./labels";
import { loadShipment } from "./shipments";

const ById = z.object({ id: Id });

const origin = (request: Request) => new URL(request.url).origin;

export const CreateReturnRequest = z
  .object({
    items: z
      .array(
        z.object({
          description: z.string().trim().min(1, "required").max(100, "maxChars").meta({ example: "Wool mittens, grey" }),
          sku: z.string().trim().max(40, "maxChars").nullish().meta({ example: "MIT-GR-M" }),
          quantity: z.number().int().min(1).max(9_999).default(1),
        }),
      )
      .max(50)
      .optional()
      .meta({ description: "Items of the shipment sent back (matched by description and SKU), each at most as many times as it was sent. Left out: the whole parcel." }),
    reason: z.string().trim().min(1, "required").max(40, "maxChars").meta({
      description: "A reason code of the business's list (Settings, Returns); until it has its own: damaged, wrongItem, wrongSize, notAsDescribed, noLongerNeeded, other.",
      example: "wrongSize",
    }),
    note: z.string().max(NOTE_MAX, "maxChars").nullish().meta({ description: "The customer's words." }),
    customerEmail: z.string().trim().max(254, "maxChars").nullish().meta({ description: "Where the label is emailed. Left out: the shipment's recipient email; null: nobody.", example: "marie@example.com" }),
    locale: z.enum(["en", "fr"]).optional().meta({ description: "The language of the customer's email and label page; the business's language unless said." }),
    sendEmail: z.boolean().default(true).meta({ description: "false: the customer's email is kept on the return but Envoi does not email the label (send it yourself from GET /returns/{id}/label)." }),
  })
  .meta({ id: "ReturnRequest" });

async function loadReturn(actor: ApiActor, id: string) {
  const row = await readInTenant(actor, (db) => db.return.findFirst({ where: { id, businessId: actor.businessId }, select: RETURN_SELECT }));
  if (!row) throw new ApiError(404, "not_found_error", "notFound", { id }, "id");
  return row;
}

/** A carrier's refusal names the shipment: for the API, the `id` of the path. */
function onPath(e: unknown): unknown {
  if (!(e instanceof FieldsError) || !e.problems.shipment) return e;
  const { shipment, ...rest } = e.problems;
  return new FieldsError(e.namespace, { id: shipment, ...rest });
}

export const createReturn = endpoint({
  id: "createReturn",
  method: "POST",
  path: "/shipments/{id}/returns",
  access: "write",
  tag: "Returns",
  summary: "Make a return label for a shipment",
  description:
    "The carrier that issued the shipment issues a label from the customer back to the ship-from location (Canada only). Nothing is charged now: the label is charged once the carrier first scans it (on the business's own Canada Post account, Canada Post bills it). The customer is emailed the label and a link to it unless `sendEmail` is false. The shipment must have its label in use (a voided or unbought one answers 422). A test key makes returns of labels bought with a test key only; those are never charged. Send an Idempotency-Key: the same key and body never make two returns.",
  params: ById,
  body: CreateReturnRequest,
  response: Return,
  status: 201,
  errors: [400, 404, 422, 502],
  async run({ actor, params, body, request }) {
    const shipment = await loadShipment(actor, params.id);
    if (isTestMode(actor) && shipment.batch.paymentMethod !== "TEST") throw new ApiError(422, "invalid_request_error", "returnTestKeyLiveShipment", {}, "id");
    if (shipment.status !== "LABELLED" || !shipment.labelData) throw new ApiError(422, "invalid_request_error", "shipmentNotReturnable", {}, "id");
    try {
      const made = await issueReturn(actor, {
        shipmentId: shipment.id,
        items: body.items?.map((i) => ({ description: i.description, sku: i.sku || null, quantity: i.quantity })),
        reason: body.reason,
        note: body.note ?? null,
        customerEmail: body.customerEmail,
        locale: body.locale,
        source: "api",
        sendEmail: body.sendEmail,
      });
      return returnObject(await loadReturn(actor, made.id), origin(request));
    } catch (e) {
      throw onPath(e);
    }
  },
});

const STATUS_FILTER = Object.fromEntries(Object.entries(RETURN_STATUSES).map(([db, api]) => [api, db])) as Record<string, keyof typeof RETURN_STATUSES>;

export const listReturns = endpoint({
  id: "listReturns",
  method: "GET",
  path: "/returns",
  access: "read",
  tag: "Returns",
  summary: "The business's returns, newest first",
  query: PageQuery.extend({
    status: z.enum(Object.values(RETURN_STATUSES) as [string, ...string[]]).optional().meta({ description: "Only returns in this state." }),
    shipmentId: Id.optional().meta({ description: "The returns of one shipment." }),
  }),
  response: listOf(Return, "Return"),
  errors: [400],
  async run({ actor, query, request }) {
    const after = query.cursor ? decodeCursor(query.cursor, ["number", "string"]) : null;
    const at = after ? new Date(after[0] as number) : null;
    const rows = await readInTenant(actor, (db) =>
      db.return.findMany({
        where: {
          businessId: actor.businessId,
          ...(query.status ? { status: STATUS_FILTER[query.status] } : {}),
          ...(query.shipmentId ? { shipmentId: query.shipmentId } : {}),
          ...(at ? { OR: [{ createdAt: { lt: at } }, { createdAt: at, id: { lt: after![1] as string } }] } : {}),
        },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: query.limit + 1,
        select: RETURN_SELECT,
      }),
    );
    return pageOf(rows, query.limit, (r) => returnObject(r, origin(request)), (r) => [r.createdAt.getTime(), r.id]);
  },
});

export const getReturn = endpoint({
  id: "getReturn",
  method: "GET",
  path: "/returns/{id}",
  access: "read",
  tag: "Returns",
  summary: "A return",
  params: ById,
  response: Return,
  errors: [404],
  run: async ({ actor, params, request }) => returnObject(await loadReturn(actor, params.id), origin(request)),
});

export const getReturnLabelFile = endpoint({
  id: "getReturnLabelFile",
  method: "GET",
  path: "/returns/{id}/label",
  access: "read",
  tag: "Returns",
  summary: "Download a return label",
  description:
    "A PDF on a letter page (pdf_letter, the default: customers print at home) or on a 4 x 6 in page (pdf_4x6). A label the carrier made as its own PDF (Canada Post) comes as the carrier made it. While the return is issued: not before, and not once used or cancelled (409).",
  params: ById,
  query: z.object({ format: z.enum(["pdf_letter", "pdf_4x6"]).default("pdf_letter").meta({ description: "The page: letter (8.5 x 11 in) or a 4 x 6 in thermal label." }) }),
  response: { files: ["application/pdf"], description: "The return label." },
  errors: [400, 404, 409],
  async run({ actor, params, query }) {
    const row = await readInTenant(actor, (db) =>
      db.return.findFirst({ where: { id: params.id, businessId: actor.businessId }, select: { number: true, status: true, labelData: true, labelPdf: true, locale: true } }),
    );
    if (!row) throw new ApiError(404, "not_found_error", "notFound", { id: params.id }, "id");
    const bytes = row.status === "ISSUED" ? await returnLabelPdf(row, query.format === "pdf_4x6" ? "thermal4x6" : "letter") : null;
    if (!bytes) throw new ApiError(409, "conflict_error", "returnLabelUnavailable", {}, "id");
    return file(bytes, "application/pdf", `return-label-${row.number}.pdf`);
  },
});

export const cancelReturnEndpoint = endpoint({
  id: "cancelReturn",
  method: "POST",
  path: "/returns/{id}/cancel",
  access: "write",
  tag: "Returns",
  summary: "Cancel a return label",
  description:
    "While the customer has not used it (409 once the carrier scanned it, or when the return is not issued). Nothing was charged, so nothing comes back; the customer's link no longer shows the label.",
  params: ById,
  response: Return,
  errors: [404, 409, 502],
  async run({ actor, params, request }) {
    const before = await loadReturn(actor, params.id);
    if (before.status !== "ISSUED") throw new ApiError(409, "conflict_error", "returnNotCancellable", {}, "id");
    try {
      await cancelReturn(actor, before.id);
    } catch (e) {
      if (e instanceof FieldsError && e.problems.status) {
        throw new ApiError(409, "conflict_error", e.problems.status.code === "returnAlreadyScanned" ? "returnAlreadyScanned" : "returnNotCancellable", {}, "id");
      }
      throw e;
    }
    return returnObject(await loadReturn(actor, before.id), origin(request));
  },
});
