/**
 * The request log of a business's web-service calls (the Developers page shows it): one row per
 * request, written after the answer has gone out so it costs the caller nothing.
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

export async function logApiRequest(ctx: TenantContext, entry: LoggedRequest): Promise<void> {
  await appendInTenant(ctx, (db) => db.apiRequest.create({ data: { businessId: ctx.businessId, ...entry }, select: { id: true } }));
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
