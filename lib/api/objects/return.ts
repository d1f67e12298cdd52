/**
 * The Return object of the web services: a return label made for a shipment (through the API, the
 * web app or the customer's returns page), where it is, and what it costs: an estimate at issue,
 * charged once the carrier first scans it (paid when used; never for the return of a test label).
 */
import { z } from "zod";
import type { PaymentMethod, ReturnPayer, ReturnStatus } from "@/lib/db/generated/enums";
import { Id, Money, money } from "../schemas/common";

export const RETURN_STATUSES = {
  REQUESTED: "requested",
  REFUSED: "refused",
  ISSUED: "issued",
  IN_TRANSIT: "in_transit",
  ARRIVED: "arrived",
  CANCELLED: "cancelled",
} as const satisfies Record<ReturnStatus, string>;

const values = <T extends Record<string, string>>(o: T) => Object.values(o) as [T[keyof T], ...T[keyof T][]];

export const ReturnItem = z
  .object({
    description: z.string().meta({ example: "Wool mittens, grey" }),
    sku: z.string().nullable().meta({ example: "MIT-GR-M" }),
    quantity: z.number().int().meta({ example: 1 }),
  })
  .meta({ id: "ReturnItem", description: "An item of the parcel sent back." });

export const Return = z
  .object({
    id: Id,
    number: z.string().meta({ description: "The business's reference, shown to the customer.", example: "R-7K3M9Q" }),
    status: z.enum(values(RETURN_STATUSES)).meta({
      description:
        "requested: waiting for the business's approval (made on the returns page), no label yet; refused; issued: the label is made, not used yet; in_transit: the carrier scanned it (charged then); arrived: delivered back; cancelled: the label was cancelled before use.",
    }),
    test: z.boolean().meta({ description: "The return of a label bought with a test key: from the reference carrier or a sandbox account, never charged." }),
    source: z.enum(["business", "customer", "api"]).meta({ description: "Made in the web app, by the customer on the returns page, or through the API." }),
    shipmentId: Id.meta({ description: "The shipment sent back." }),
    reason: z.string().meta({ description: "A reason code of the business's list.", example: "wrongSize" }),
    note: z.string().nullable(),
    items: z.array(ReturnItem).meta({ description: "The items sent back; empty: the whole parcel." }),
    customerEmail: z.string().nullable().meta({ description: "Where the label was emailed (or is kept for), if anywhere." }),
    locale: z.enum(["en", "fr"]).meta({ description: "The language of the customer's email and label page." }),
    payer: z.enum(["business", "customer"]).meta({ description: "Who bears the label's cost (the customer's share comes off the refund, which the business handles)." }),
    trackingNumber: z.string().nullable().meta({ description: "The return label's number; null until issued." }),
    estimated: Money.nullable().meta({ description: "What the label costs once used, taxes included; null until issued." }),
    charged: Money.nullable().meta({ description: "What was charged at the carrier's first scan (nothing on the business's own Canada Post account or for a test return); null until then." }),
    labelUrl: z.string().nullable().meta({ description: "Where this API gives the label PDF, while it is issued and not yet used." }),
    createdAt: z.string().meta({ description: "ISO 8601 date and time." }),
    issuedAt: z.string().nullable(),
    scannedAt: z.string().nullable(),
    arrivedAt: z.string().nullable(),
    cancelledAt: z.string().nullable(),
  })
  .meta({ id: "Return", description: "A return label made for a shipment: from the customer back to the ship-from location, paid when used." });

/** The stored columns the builder needs, for a Prisma `select`. */
export const RETURN_SELECT = {
  id: true, number: true, status: true, source: true, shipmentId: true, reason: true, note: true, items: true, customerEmail: true, locale: true, payer: true,
  trackingNumber: true, estimatedCents: true, chargedCents: true, createdAt: true, issuedAt: true, scannedAt: true, arrivedAt: true, cancelledAt: true,
  shipment: { select: { batch: { select: { paymentMethod: true } } } },
} as const;

export interface ReturnRow {
  id: string;
  number: string;
  status: ReturnStatus;
  source: string;
  shipmentId: string;
  reason: string;
  note: string | null;
  items: unknown;
  customerEmail: string | null;
  locale: "en" | "fr";
  payer: ReturnPayer;
  trackingNumber: string | null;
  estimatedCents: number | null;
  chargedCents: number | null;
  createdAt: Date;
  issuedAt: Date | null;
  scannedAt: Date | null;
  arrivedAt: Date | null;
  cancelledAt: Date | null;
  shipment: { batch: { paymentMethod: PaymentMethod | null } };
}

const SOURCES = ["business", "customer", "api"] as const;

/** A stored return as the API gives it; `origin` is the API's address for the label URL. */
export function returnObject(r: ReturnRow, origin: string): z.input<typeof Return> {
  const items = Array.isArray(r.items) ? (r.items as { description: string; sku?: string | null; quantity: number }[]) : [];
  return {
    id: r.id,
    number: r.number,
    status: RETURN_STATUSES[r.status],
    test: r.shipment.batch.paymentMethod === "TEST",
    source: (SOURCES as readonly string[]).includes(r.source) ? (r.source as (typeof SOURCES)[number]) : "business",
    shipmentId: r.shipmentId,
    reason: r.reason,
    note: r.note,
    items: items.map((i) => ({ description: i.description, sku: i.sku ?? null, quantity: i.quantity })),
    customerEmail: r.customerEmail,
    locale: r.locale,
    payer: r.payer === "CUSTOMER" ? "customer" : "business",
    trackingNumber: r.trackingNumber,
    estimated: r.estimatedCents === null ? null : money(r.estimatedCents),
    charged: r.chargedCents === null ? null : money(r.chargedCents),
    labelUrl: r.status === "ISSUED" && r.trackingNumber ? `${origin}/api/v1/returns/${r.id}/label` : null,
    createdAt: r.createdAt.toISOString(),
    issuedAt: r.issuedAt?.toISOString() ?? null,
    scannedAt: r.scannedAt?.toISOString() ?? null,
    arrivedAt: r.arrivedAt?.toISOString() ?? null,
    cancelledAt: r.cancelledAt?.toISOString() ?? null,
  };
}
