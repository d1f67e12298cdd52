/**
 * The carrier connector interface (after karrio's gateway): one connector per carrier, each
 * operation returns `{ data, messages }` and never throws for a carrier-side problem. What a
 * connector can do is what it implements: `rate` today; shipments, tracking, pickups and post
 * offices are added to this interface as they arrive, as optional methods.
 */
import type { CustomerType } from "@/lib/rating/price-lists";
import type { Quote, RateRequest, UnavailableService } from "@/lib/rating/quote";
import type { RatingProblem } from "@/lib/rating/problems";

export type CarrierId = "reference" | "canadapost";

/** A carrier's word about the request: a problem of the request, or the connector's own failure. */
export interface CarrierMessage {
  carrier: CarrierId;
  problem: RatingProblem;
  /** For logs only (a carrier's own error text); never shown as is. */
  detail?: string;
}

export interface CarrierResult<T> {
  data: T | null;
  messages: CarrierMessage[];
}

/** The engine's request, with the business's customer type instead of a price list (each connector picks its own). */
export interface CarrierRateRequest extends Omit<RateRequest, "priceList"> {
  customerType: CustomerType;
}

export interface CarrierRates {
  /** The price list used ("cp-2022-small-business"), for display and audit. */
  priceListId: string;
  quotes: Quote[];
  unavailable: UnavailableService[];
}

export interface CarrierConnector {
  readonly id: CarrierId;
  /** What the connector shows is sample data (the offline reference carrier). */
  readonly sandbox: boolean;
  rate?(request: CarrierRateRequest): Promise<CarrierResult<CarrierRates>>;
}

/** The operations a connector implements. */
export type Capability = "rate";

export function capabilities(connector: CarrierConnector): Capability[] {
  return connector.rate ? ["rate"] : [];
}
