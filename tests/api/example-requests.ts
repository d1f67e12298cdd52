/**
 * One real request per endpoint of lib/api/catalogue.ts, as a shop would send it: the examples of
 * the reference (tests/api/examples.test.ts records their answers into lib/api/examples.json), the
 * contract suite's successful calls, and the bodies the cross-tenant suite sends with another
 * business's ids. An endpoint added to the catalogue without a builder here fails those tests.
 * A builder may first set things up through the API (buy a label before voiding it).
 */
import type { ApiShop } from "./support";

export interface ExampleRequest {
  method: string;
  /** Under /api/v1, with its query. */
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export type ExampleBuilder = (shop: ApiShop) => Promise<ExampleRequest>;

export const PARCEL = { weightGrams: 1200, lengthMm: 300, widthMm: 200, heightMm: 100 };

export const EXAMPLE_REQUESTS: Record<string, ExampleBuilder> = {
  getRates: async (shop) => ({
    method: "POST",
    path: "/rates",
    body: { from: { locationId: shop.locationId }, to: { country: "CA", postalCode: "V6B 1A1" }, parcel: PARCEL, options: { signature: true } },
  }),
};
