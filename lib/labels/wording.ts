// The words printed on labels and forms. Labels and customs forms are bilingual, English first,
// as Canada Post prints its own; the shipper's receipt is in the shipper's language.
import type { ExportReason } from "./types";

export const LABEL_WORDS = {
  from: "FROM / DE",
  to: "TO / À",
  returnLabel: "RETURN / RETOUR",
  deliverToPostOffice: "Deliver to Post Office / Livrer au bureau de poste",
  heldForPickup: "Held for pickup / Retenu pour ramassage",
  weight: "Weight / Poids",
  dimensions: "Dim.",
  mailingDate: "Mailing date / Date de dépôt",
  reference1: "Ref 1",
  reference2: "Ref 2",
  piece: "Piece / Colis",
  customerNumber: "Customer no. / No de client",
  contractNumber: "Contract / Contrat",
  /** The postage-paid mark, one line per language. */
  postagePaid: ["POSTAGE PAID", "PORT PAYÉ"],
  cutHere: "Cut here / Couper ici",
} as const;

export const CUSTOMS_WORDS = {
  title: "CUSTOMS DECLARATION / DÉCLARATION EN DOUANE",
  mayBeOpened: "May be opened officially / Peut être ouvert d'office",
  category: "Category of item / Catégorie de l'envoi",
  sender: "From / De",
  addressee: "To / À",
  tracking: "Item no. / N° de l'envoi",
  description: "Description of contents / Description du contenu",
  quantity: "Qty / Qté",
  weight: "Weight (kg) / Poids (kg)",
  value: "Value / Valeur",
  hsCode: "HS code / Code SH",
  origin: "Origin / Origine",
  totalWeight: "Total gross weight (kg) / Poids brut total (kg)",
  totalValue: "Total value / Valeur totale",
  senderTaxIds: "Sender's tax ids / Nos fiscaux de l'expéditeur",
  importerReference: "Importer's reference (tax id) / Référence de l'importateur (no fiscal)",
  invoice: "Invoice / Facture",
  moreItems: (n: number) => `${n} more item${n === 1 ? "" : "s"} / ${n} autre${n === 1 ? "" : "s"} article${n === 1 ? "" : "s"}`,
  certify:
    "I certify that the particulars given in this customs declaration are correct and that this item does not contain any dangerous article prohibited by legislation or by postal or customs regulations. / " +
    "Je certifie que les renseignements donnés dans la présente déclaration sont exacts et que cet envoi ne contient aucun objet dangereux interdit par la législation ou la réglementation postale ou douanière.",
  dateSignature: "Date and sender's signature / Date et signature de l'expéditeur",
} as const;

export const EXPORT_REASON_WORDS: Record<ExportReason, string> = {
  DOCUMENT: "Documents / Documents",
  COMMERCIAL_SAMPLE: "Commercial sample / Échantillon commercial",
  REPAIR_OR_WARRANTY: "Repair or warranty / Réparation ou garantie",
  SALE_OF_GOODS: "Sale of goods / Vente de marchandises",
  OTHER: "Other / Autre",
};

export const INVOICE_WORDS = {
  title: "COMMERCIAL INVOICE / FACTURE COMMERCIALE",
  number: "Invoice no. / N° de facture",
  date: "Date",
  tracking: "Tracking no. / N° de suivi",
  service: "Service",
  shipper: "Shipper / Expéditeur",
  consignee: "Consignee / Destinataire",
  reason: "Reason for export / Motif de l'exportation",
  currency: "Currency / Devise",
  description: "Description",
  sku: "SKU",
  hsCode: "HS code / Code SH",
  origin: "Origin / Origine",
  quantity: "Qty / Qté",
  unitValue: "Unit value / Val. unitaire",
  lineTotal: "Total",
  totalValue: "Total value / Valeur totale",
  totalWeight: "Total weight / Poids total",
  taxIds: "Tax ids / Nos fiscaux",
  recipientTaxId: "Tax id / No fiscal",
  declare: "I declare that the information on this invoice is true and correct. / Je déclare que les renseignements de cette facture sont exacts.",
  signature: "Signature",
} as const;

export const RECEIPT_WORDS = {
  en: {
    title: "Shipper's receipt",
    batch: "Batch",
    tracking: "Tracking number",
    service: "Service",
    mailingDate: "Mailing date",
    total: "Total",
    paymentMethod: "Payment method",
    moreLines: (n: number) => `${n} more line${n === 1 ? "" : "s"}`,
  },
  fr: {
    title: "Reçu de l'expéditeur",
    batch: "Lot",
    tracking: "Numéro de suivi",
    service: "Service",
    mailingDate: "Date de dépôt",
    total: "Total",
    paymentMethod: "Mode de paiement",
    moreLines: (n: number) => `${n} autre${n === 1 ? "" : "s"} ligne${n === 1 ? "" : "s"}`,
  },
} as const;

export const PACKING_SLIP_WORDS = {
  en: {
    title: "Packing slip",
    order: "Order",
    date: "Date",
    tracking: "Tracking number",
    from: "From",
    shipTo: "Ship to",
    description: "Item",
    sku: "SKU",
    quantity: "Qty",
    total: "Total items",
    wholeParcel: "Contents as ordered",
    page: (n: number, of: number) => `Page ${n} of ${of}`,
  },
  fr: {
    title: "Bordereau d'emballage",
    order: "Commande",
    date: "Date",
    tracking: "Numéro de suivi",
    from: "De",
    shipTo: "Livrer à",
    description: "Article",
    sku: "UGS",
    quantity: "Qté",
    total: "Total des articles",
    wholeParcel: "Contenu selon la commande",
    page: (n: number, of: number) => `Page ${n} de ${of}`,
  },
} as const;
