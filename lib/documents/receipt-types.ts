/** A payment receipt: what was paid for, by whom, with each shipment's price lines and the taxes. */
export interface ReceiptItem {
  trackingNumber: string;
  serviceName: string;
  recipient: string;
  lines: { label: string; amountCents: number }[];
  totalCents: number;
}

export interface ReceiptData {
  locale: "en" | "fr";
  businessName: string;
  legalName: string | null;
  address: string | null;
  gstHstNumber: string | null;
  qstNumber: string | null;
  receiptNumber: string;
  batchNumber: number;
  /** ISO date-time of the payment. */
  paidAt: string;
  paymentMethod: string;
  items: ReceiptItem[];
  /** Sum per tax over every item, in cents. */
  taxes: { gst: number; hst: number; qst: number };
  totalCents: number;
}
