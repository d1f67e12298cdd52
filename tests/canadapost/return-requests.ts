/**
 * Realistic return, open return and transmit requests for the Canada Post connector's tests and
 * the fake server: a customer in Toronto returning to a Montréal shop, an open return to the shop,
 * the shop's end of day. The built XML of each is kept in tests/canadapost/fixtures/returns and
 * tests/canadapost/fixtures/manifests. Pure data.
 */
import type { OpenReturnTemplateRequest, ReturnLabelRequest, TransmitRequest } from "@/lib/carriers/types";
import { domesticWithOptions, SHOP, TORONTO } from "./shipment-requests";

/** From the customer (the original recipient) back to the shop, Expedited, 4x6. */
export function authorizedReturn(overrides: Partial<ReturnLabelRequest> = {}): ReturnLabelRequest {
  const outgoing = domesticWithOptions().label;
  return {
    reference: "cm8ret0001envoi00000000001",
    label: { ...outgoing, sender: TORONTO, recipient: SHOP, serviceCode: "DOM.EP", isReturn: true, reference1: "ORDER-1042", reference2: null },
    format: "thermal4x6",
    locale: "en",
    ...overrides,
  };
}

/** Names and addresses at the schemas' limits and beyond (cut, never refused). */
export function longestReturn(): ReturnLabelRequest {
  const base = authorizedReturn();
  const long = "Entreprise de distribution et de logistique du Québec métropolitain";
  return {
    ...base,
    format: "letter",
    label: {
      ...base.label,
      sender: { ...base.label.sender, name: long, company: long, line1: `${long} 1234`, line2: long, city: long },
      recipient: { ...base.label.recipient, name: long, company: long, phone: "+1 (514) 555-0142 poste 12345678" },
      reference1: "R".repeat(60),
    },
  };
}

/** Up to 25 labels back to the shop, Regular Parcel, on a letter page. */
export function openReturn(overrides: Partial<OpenReturnTemplateRequest> = {}): OpenReturnTemplateRequest {
  const base = authorizedReturn();
  return { reference: "cm8opr0001envoi00000000001", label: { ...base.label, serviceCode: "DOM.RP" }, maxUses: 25, format: "letter", locale: "fr", ...overrides };
}

/** The shop's day in Montréal: one group. */
export function endOfDay(overrides: Partial<TransmitRequest> = {}): TransmitRequest {
  return {
    groupIds: ["20260310-H2J3S6"],
    shippingPointPostalCode: "h2j 3s6",
    manifestAddress: { name: "Julie Beaulieu", company: "Atelier Beaulieu & Fils inc.", phone: "514-555-0142", line1: "4521 rue Garnier", line2: null, city: "Montréal", province: "QC", postalCode: "H2J 3S6" },
    shipments: [{ trackingNumber: "7023210039414604", serviceCode: "DOM.EP", weightGrams: 1200, priceCents: 1843 }],
    locale: "fr",
    ...overrides,
  };
}
