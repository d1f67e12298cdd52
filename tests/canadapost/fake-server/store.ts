/**
 * The fake server's memory: shipments (with the request they came from, their price and their
 * artifacts), issued tracking numbers and pickup requests, and the numbers it hands out. Numbers
 * are random (not counters), so a restarted server does not issue a PIN the app already stored.
 */
import { randomInt } from "node:crypto";
import type { Quote } from "@/lib/rating/quote";
import type { XNode } from "./xml";
import type { Party, StoredManifest, StoredOpenReturn, StoredReturn } from "./stored";

export type { Party };

export interface StoredShipment {
  id: string;
  kind: "nc" | "contract";
  username: string;
  customer: string;
  /** Contract shipments: the mailed-on-behalf-of customer of the path. */
  mobo: string | null;
  /** Null for services without tracking (Small Packet). */
  pin: string | null;
  /** Contract shipments with a return spec: the prepaid return label's PIN. */
  returnPin: string | null;
  createdAt: Date;
  serviceCode: string;
  sender: Party;
  destination: Party;
  /** The create request's root element, echoed in details. */
  request: XNode;
  quote: Quote;
  customerType: "consumer" | "small_business";
  labelFormat: "8.5x11" | "4x6";
  encoding: "PDF" | "ZPL";
  status: "created" | "transmitted";
  groupId: string | null;
  paymentMethod: string;
  references: [string | null, string | null];
  refund: { ticketId: string; date: string } | null;
  artifacts: { label: string; returnLabel: string | null; commercialInvoice: string | null };
}

export interface StoredArtifact {
  id: string;
  shipmentId: string;
  kind: "label" | "returnLabel" | "commercialInvoice";
  username: string;
  /** Rendered on first download. */
  bytes: Uint8Array | null;
}

export interface PickupPriceCents {
  preTax: number;
  gst: number;
  pst: number;
  hst: number;
  due: number;
}

export interface StoredPickup {
  id: string;
  username: string;
  customer: string;
  type: "OnDemand" | "Scheduled";
  status: "Active" | "Cancelled";
  createdAt: Date;
  /** On-demand: the pickup date. */
  date: string | null;
  postalCode: string;
  province: string;
  /** The pickup-request-details (or the last update merged into it). */
  request: XNode;
  price: PickupPriceCents;
}

const digits = (n: number) => Array.from({ length: n }, () => randomInt(10)).join("");

/** A 16-digit domestic PIN: 15 digits and a mod-10 (Luhn) check digit. */
function domesticPin(): string {
  const body = `7${digits(14)}`;
  let sum = 0;
  [...body].reverse().forEach((ch, i) => {
    let d = Number(ch);
    if (i % 2 === 0) d *= 2;
    if (d > 9) d -= 9;
    sum += d;
  });
  return body + String((10 - (sum % 10)) % 10);
}

/** A UPU S10 number ("CP123456785CA"): 8 digits, the weighted check digit, the country. */
export function s10(prefix: string): string {
  const serial = digits(8);
  const weights = [8, 6, 4, 2, 3, 5, 9, 7];
  const sum = [...serial].reduce((total, ch, i) => total + Number(ch) * weights[i]!, 0);
  const check = 11 - (sum % 11);
  return `${prefix}${serial}${check === 10 ? 0 : check === 11 ? 5 : check}CA`;
}

export class FakeState {
  shipments = new Map<string, StoredShipment>();
  /** PIN -> shipment id. */
  pins = new Map<string, string>();
  artifacts = new Map<string, StoredArtifact>();
  pickups = new Map<string, StoredPickup>();
  /** Authorized returns by PIN, open return templates and manifests by id. */
  returns = new Map<string, StoredReturn>();
  openReturns = new Map<string, StoredOpenReturn>();
  manifests = new Map<string, StoredManifest>();

  clear(): void {
    this.returns.clear();
    this.openReturns.clear();
    this.manifests.clear();
    this.shipments.clear();
    this.pins.clear();
    this.artifacts.clear();
    this.pickups.clear();
  }

  private unique(make: () => string, taken: (id: string) => boolean): string {
    for (;;) {
      const id = make();
      if (!taken(id)) return id;
    }
  }

  newShipmentId(): string {
    return this.unique(() => `${1 + randomInt(9)}${digits(17)}`, (id) => this.shipments.has(id));
  }

  /** A tracking number for a service: 16 digits in Canada, S10 abroad, none for Small Packet. */
  newPin(serviceCode: string): string | null {
    if (/\.SP\./.test(serviceCode)) return null;
    const make = serviceCode.startsWith("DOM.") ? domesticPin : () => s10(/\.TP$/.test(serviceCode) ? "LM" : /\.XP$/.test(serviceCode) ? "EE" : "CP");
    return this.unique(make, (pin) => this.pins.has(pin));
  }

  newArtifactId(): string {
    return this.unique(() => `${1 + randomInt(9)}${digits(9)}`, (id) => this.artifacts.has(id));
  }

  newPickupId(): string {
    return this.unique(() => `${1 + randomInt(9)}${digits(7)}`, (id) => this.pickups.has(id));
  }

  newTicketId(): string {
    return `GT${digits(8)}`;
  }

  shipmentByPin(pin: string): StoredShipment | null {
    const id = this.pins.get(pin);
    return id ? (this.shipments.get(id) ?? null) : null;
  }

  /** Forgets a voided shipment: its PIN and artifacts go with it. */
  remove(shipment: StoredShipment): void {
    this.shipments.delete(shipment.id);
    if (shipment.pin) this.pins.delete(shipment.pin);
    this.artifacts.delete(shipment.artifacts.label);
    if (shipment.artifacts.commercialInvoice) this.artifacts.delete(shipment.artifacts.commercialInvoice);
    if (shipment.artifacts.returnLabel) this.artifacts.delete(shipment.artifacts.returnLabel);
    if (shipment.returnPin) this.pins.delete(shipment.returnPin);
  }
}
