/** Batches of up to 50 shipments: create, read, buy, list. */
import { z } from "zod";
import { withTenant } from "@/lib/tenancy/context";
import { buyApiBatch, createApiBatch } from "../batch-service";
import { decodeCursor, pageOf } from "../cursor";
import { endpoint } from "../endpoint";
import { Batch, BatchSummary, loadApiBatch, presentBatchSummary } from "../objects/batch";
import { CreateBatchRequest } from "../schemas/batch";
import { Id, listOf, PageQuery } from "../schemas/common";

const ById = z.object({ id: Id });

export const createBatch = endpoint({
  id: "createBatch",
  method: "POST",
  path: "/batches",
  access: "write",
  tag: "Batches",
  summary: "Create a batch of up to 50 shipments",
  description:
    "Every shipment is checked with the web form's rules before anything is saved: a problem is answered with 422, each named by its path (`shipments.3.to.postalCode`) in the caller's language. The batch is rated at once: each shipment's price, and what must change before it can be bought, are in the answer.",
  body: CreateBatchRequest,
  response: Batch,
  status: 201,
  errors: [400, 404, 409, 422],
  run: ({ actor, body, locale }) => createApiBatch(actor, body, locale),
});

export const getBatch = endpoint({
  id: "getBatch",
  method: "GET",
  path: "/batches/{id}",
  access: "read",
  tag: "Batches",
  summary: "A batch, its shipments' states and its totals",
  description: "After purchase the labels are issued in the background: `status` turns from paid to labelled and each shipment gets its tracking number.",
  params: ById,
  response: Batch,
  errors: [404],
  run: ({ actor, params, locale }) => loadApiBatch(actor, params.id, locale),
});

export const buyBatch = endpoint({
  id: "buyBatch",
  method: "POST",
  path: "/batches/{id}/buy",
  access: "write",
  tag: "Batches",
  summary: "Buy every label of a batch",
  description:
    "Rates the batch again if its rates are not today's, then pays on account (a live key) or charges nothing (a test key: reference carrier or Canada Post sandbox). Buying again, or the same Idempotency-Key again, never charges twice. A shipment with a problem is answered with 422 and its path; no credit left, or no account number, with 402.",
  params: ById,
  response: Batch,
  errors: [402, 404, 409, 422],
  run: ({ actor, params, locale }) => buyApiBatch(actor, params.id, locale),
});

export const listBatches = endpoint({
  id: "listBatches",
  method: "GET",
  path: "/batches",
  access: "read",
  tag: "Batches",
  summary: "The business's batches, newest first",
  query: PageQuery,
  response: listOf(BatchSummary, "BatchSummary"),
  errors: [400],
  async run({ actor, query }) {
    const before = query.cursor ? (decodeCursor(query.cursor, ["number"])[0] as number) : null;
    const rows = await withTenant(actor, (tx) =>
      tx.batch.findMany({
        where: { businessId: actor.businessId, ...(before !== null ? { number: { lt: before } } : {}) },
        orderBy: { number: "desc" },
        take: query.limit + 1,
        include: { _count: { select: { shipments: true } } },
      }),
    );
    return pageOf(rows, query.limit, presentBatchSummary, (b) => [b.number]);
  },
});
