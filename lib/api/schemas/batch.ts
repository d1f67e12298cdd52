/**
 * What a shop sends to create a batch: up to 50 shipments, each to a contact of its address book or
 * to an address, in a parcel (sizes, or one of its templates), with a service, options and
 * references. The schema only bounds the request; Canada Post's rules (address formats, sizes,
 * options, customs) are the web form's own (lib/shipments/validate-draft.ts), each problem named by
 * its path ("shipments.3.to.postalCode").
 */
import { z } from "zod";
import { MAX_BATCH_SHIPMENTS } from "@/lib/batches/limits";
import { NOTIFICATION_EVENTS } from "@/lib/shipments/draft";
import { Options } from "../endpoints/rates";
import { ContentItems, Id, Parcel } from "./common";

/** Long enough for any value a form takes; the form's own limits are checked and worded after. */
const text = (description?: string) => z.string().max(200).meta(description ? { description } : {});

export const Recipient = z
  .object({
    contactId: Id.optional().meta({ description: "A contact of the business's address book; the address fields are then taken from it." }),
    name: text().optional(),
    company: text().optional(),
    line1: text().optional(),
    line2: text().optional(),
    city: text().optional(),
    province: text("Province, or US state, code.").optional(),
    postalCode: text().optional().meta({ example: "V6B 1A1" }),
    country: z.string().length(2).toUpperCase().default("CA").meta({ description: "ISO 3166 code.", example: "CA" }),
    phone: text().optional(),
    email: text().optional(),
    taxId: text("The recipient's tax identifier (some countries ask for it).").optional(),
  })
  .meta({ id: "Recipient", description: "A contact id, or an address." });

const CustomsItem = z.object({
  description: text(),
  quantity: z.number().int().min(0).max(10_000),
  unitValue: z.number().int().min(0).max(10_000_000).meta({ description: "One unit's value, in cents of the declaration's currency." }),
  unitWeightGrams: z.number().int().min(0).max(30_000),
  originCountry: z.string().max(2).toUpperCase(),
  hsCode: z.string().max(20).optional(),
  sku: z.string().max(60).optional(),
});

export const Customs = z
  .object({
    currency: z.enum(["CAD", "USD"]).default("CAD"),
    reason: z.enum(["DOCUMENT", "COMMERCIAL_SAMPLE", "REPAIR_OR_WARRANTY", "SALE_OF_GOODS", "OTHER"]).default("SALE_OF_GOODS"),
    otherReason: text().optional(),
    invoiceNumber: text().optional(),
    items: z.array(CustomsItem).max(50),
  })
  .meta({ id: "Customs", description: "For the USA and other countries: what the parcel holds." });

export const ShipmentInput = z
  .object({
    from: z.object({ locationId: Id }).optional().meta({ description: "A ship-from location; the business's default unless said." }),
    to: Recipient,
    parcel: Parcel.optional(),
    templateId: Id.optional().meta({ description: "A parcel template of the business, instead of `parcel`." }),
    service: z.string().max(20).optional().meta({ description: "A service code (DOM.EP...). Unless said: the business's default service when offered, else the cheapest.", example: "DOM.EP" }),
    options: Options.optional(),
    postOfficeId: Id.optional().meta({ description: "Deliver to Post Office: the office (GET /post-offices) that holds the parcel." }),
    reference1: text("Printed on the label.").optional(),
    reference2: text().optional(),
    notifications: z
      .array(z.object({ email: text(), events: z.array(z.enum(NOTIFICATION_EVENTS)).default([...NOTIFICATION_EVENTS]) }))
      .max(10)
      .optional()
      .meta({ description: "Who gets delivery updates by email, and which." }),
    customs: Customs.optional(),
    items: ContentItems.optional(),
    returnLabel: z.boolean().default(false).meta({ description: "A prepaid return label with the outgoing one (domestic)." }),
    saveContact: z.boolean().default(false).meta({ description: "Add the address to the address book when the label is bought." }),
  })
  .meta({ id: "ShipmentInput" });

export const CreateBatchRequest = z
  .object({
    shipments: z.array(ShipmentInput).min(1).max(MAX_BATCH_SHIPMENTS),
    labelFormat: z.enum(["4x6", "letter"]).optional().meta({ description: "The labels' paper: a 4 x 6 in thermal label or an 8.5 x 11 in sheet; the business's default unless said." }),
  })
  .meta({ id: "CreateBatchRequest" });

export type ShipmentInputValue = z.output<typeof ShipmentInput>;
