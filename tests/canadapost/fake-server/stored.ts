/** What the fake keeps of returns, open return templates and manifests (store.ts holds them). */
import type { XNode } from "./xml";

export interface Party {
  name: string | null;
  company: string | null;
  line1: string;
  line2: string | null;
  city: string;
  province: string;
  postalCode: string;
  country: string;
  phone: string | null;
}

export interface StoredReturn {
  pin: string;
  username: string;
  customer: string;
  createdAt: Date;
  /** Who sends the parcel back, and the business it goes to (tracked like a shipment). */
  returner: Party;
  receiver: Party;
  request: XNode;
  serviceCode: string;
  format: "4x6" | "8.5x11";
  from: string[];
  to: string[];
  bytes: Uint8Array | null;
}

export interface StoredOpenReturn {
  id: string;
  username: string;
  customer: string;
  mobo: string;
  request: XNode;
  remaining: number;
  retired: boolean;
  issued: number;
}

export interface StoredManifest {
  id: string;
  poNumber: string;
  username: string;
  customer: string;
  mobo: string;
  date: string;
  time: string;
  shippingPoint: string;
  customerRef: string | null;
  address: XNode;
  shipments: Array<{ pin: string | null; serviceCode: string; weightGrams: number; totalCents: number; preTaxCents: number }>;
  bytes: Uint8Array | null;
}
