/**
 * The request log of a business's web-service calls (the Developers page shows it): one row per
 * request, written after the answer has gone out so it costs the caller nothing. Rows are written
 * in groups, one statement per business: a row waits at most LOG_GROUP_MS for the others that end
 * meanwhile (and while a group is being written, the next one gathers). A shop's checkout asking
 * rates 100 times a second spends one transaction on five log rows instead of one on each; a row
 * shows in the Developers page's log a twentieth of a second later.
 */
import type { Actor } from "@/lib/tenancy/actor";
import { appendInTenant, readInTenant, type TenantContext } from "@/lib/tenancy/context";

export interface LoggedRequest {
  apiKeyId: string;
  method: string;
  path: string;
  status: number;
  durationMs: number;
  errorCode: string | null;
  idempotencyKey: string | null;
  requestId: string;
}

interface Waiting {
  ctx: TenantContext;
  row: LoggedRequest & { businessId: string; createdAt: Date };
  written: () => void;
  failed: (error: unknown) => void;
}

/** How long a row waits for others before its group is written. */
export const LOG_GROUP_MS = 50;

let waiting: Waiting[] = [];
let writing = false;

async function writeGroup(group: Waiting[]) {
  try {
    await appendInTenant(group[0]!.ctx, (db) => db.apiRequest.createMany({ data: group.map((w) => w.row) }));
    for (const w of group) w.written();
  } catch (error) {
    for (const w of group) w.failed(error);
  }
}

async function writeWaiting() {
  try {
    while (waiting.length > 0) {
      const taken = waiting;
      waiting = [];
      const byBusiness = new Map<string, Waiting[]>();
      for (const w of taken) {
        const group = byBusiness.get(w.ctx.businessId);
        if (group) group.push(w);
        else byBusiness.set(w.ctx.businessId, [w]);
      }
      await Promise.all([...byBusiness.values()].map(writeGroup));
    }
  } finally {
    writing = false;
  }
}

/** Adds a request to its business's log; resolves once the row is written. Its time is now, when the answer went out. */
export function logApiRequest(ctx: TenantContext, entry: LoggedRequest): Promise<void> {
  return new Promise((written, failed) => {
    waiting.push({ ctx, row: { ...entry, businessId: ctx.businessId, createdAt: new Date() }, written, failed });
    if (!writing) {
      writing = true;
      setTimeout(() => void writeWaiting(), LOG_GROUP_MS);
    }
  });
}

/** Days a request stays in the log. */
export const REQUEST_LOG_DAYS = 30;

export interface RequestLogFilter {
  apiKeyId?: string;
  /** One request by the X-Request-Id its answer carried. */
  requestId?: string;
  /** "errors": 4xx and 5xx only. */
  outcome?: "all" | "errors";
  /** Newest first; the id of the last row of the previous page. */
  before?: string;
  take?: number;
}

export function listApiRequests(actor: Actor, filter: RequestLogFilter = {}) {
  const take = Math.min(filter.take ?? 50, 200);
  return readInTenant(actor, (db) =>
    db.apiRequest.findMany({
      where: {
        businessId: actor.businessId,
        ...(filter.apiKeyId ? { apiKeyId: filter.apiKeyId } : {}),
        ...(filter.requestId ? { requestId: filter.requestId } : {}),
        ...(filter.outcome === "errors" ? { status: { gte: 400 } } : {}),
        createdAt: { gte: new Date(Date.now() - REQUEST_LOG_DAYS * 86400_000) },
      },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: take + 1,
      ...(filter.before ? { cursor: { id: filter.before }, skip: 1 } : {}),
    }),
  );
}
