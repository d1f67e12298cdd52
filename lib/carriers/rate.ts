/**
 * Rating across a business's connectors: every connector that rates is asked in parallel; one
 * connector's failure (a throw, a timeout) becomes a message, and the others' quotes still come
 * back.
 */
import { problem } from "@/lib/rating/problems";
import type { CarrierConnector, CarrierId, CarrierMessage, CarrierMode, CarrierRateRequest, CarrierRates } from "./types";

export interface CarrierQuotes extends CarrierRates {
  carrier: CarrierId;
  sandbox: boolean;
  mode: CarrierMode;
  /** The business's own account that would buy these (the carrier bills the business), or null. */
  accountId: string | null;
}

export interface FanOutResult {
  results: CarrierQuotes[];
  messages: CarrierMessage[];
}

export const RATE_TIMEOUT_MS = 10_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export async function rateWithConnectors(connectors: readonly CarrierConnector[], request: CarrierRateRequest, timeoutMs = RATE_TIMEOUT_MS): Promise<FanOutResult> {
  const raters = connectors.filter((c) => c.rate);
  const settled = await Promise.allSettled(raters.map((c) => withTimeout(Promise.resolve().then(() => c.rate!(request)), timeoutMs)));
  const out: FanOutResult = { results: [], messages: [] };
  settled.forEach((s, i) => {
    const connector = raters[i]!;
    if (s.status === "rejected") {
      const detail = s.reason instanceof Error ? s.reason.message : String(s.reason);
      console.error(`[carriers] ${connector.id} rate failed: ${detail}`);
      out.messages.push({ carrier: connector.id, problem: problem("carrierFailed", undefined, { carrier: connector.id }), detail });
      return;
    }
    out.messages.push(...s.value.messages);
    if (s.value.data) out.results.push({ ...s.value.data, carrier: connector.id, sandbox: connector.sandbox, mode: connector.mode ?? "reference", accountId: connector.accountId ?? null });
  });
  return out;
}
