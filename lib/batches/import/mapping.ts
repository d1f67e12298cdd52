import { foldName } from "@/lib/addresses/locale";
import { columnGuesser, columnJoiner, type FieldMapping } from "@/lib/contacts/import/columns";
import { CONTACT_HEADER_ALIASES, CONTACT_HEADER_PARTS, HEADER_NOISE } from "@/lib/contacts/import/mapping";
import { ORDER_FIELDS, type OrderField, type OrderValues } from "./fields";

/** One order field per column of the file, or null: the column is not imported. */
export type OrderMapping = FieldMapping<OrderField>;

/**
 * Header names (folded) per order field: the address book's names for the address fields, plus
 * what shops and spreadsheets call the rest, in English and French. Shop exports prefix the
 * address with "Shipping" or "Billing" (Shopify "Shipping Zip", WooCommerce "shipping_postcode"):
 * those words are noise, and the ranking below makes the shipping address win.
 */
const ORDER_ALIASES: Record<OrderField, readonly string[]> = {
  name: [...CONTACT_HEADER_ALIASES.name, "ship to", "shipto", "deliver to", "consignee", "consignee name", "livrer a", "expedier a"],
  company: CONTACT_HEADER_ALIASES.company,
  line1: CONTACT_HEADER_ALIASES.line1,
  line2: CONTACT_HEADER_ALIASES.line2,
  city: CONTACT_HEADER_ALIASES.city,
  province: [...CONTACT_HEADER_ALIASES.province, "province name", "state name", "nom de la province"],
  postalCode: CONTACT_HEADER_ALIASES.postalCode,
  country: CONTACT_HEADER_ALIASES.country,
  phone: CONTACT_HEADER_ALIASES.phone,
  email: CONTACT_HEADER_ALIASES.email,
  reference1: [
    "reference", "reference 1", "reference1", "ref", "ref 1", "ref1", "order", "order number", "order no", "order num", "order id", "order name",
    "order ref", "order reference", "po", "po number", "purchase order", "purchase order number", "numero de commande", "no de commande",
    "n de commande", "commande", "numero commande", "reference de commande", "ref commande", "bon de commande",
  ],
  reference2: ["reference 2", "reference2", "ref 2", "ref2", "second reference", "reference secondaire", "deuxieme reference", "invoice", "invoice number", "numero de facture", "no de facture", "facture"],
  weight: ["weight", "poids", "total weight", "poids total", "parcel weight", "package weight", "gross weight", "poids brut", "masse"],
  length: ["length", "longueur", "len"],
  width: ["width", "largeur"],
  height: ["height", "hauteur", "depth", "profondeur"],
  serviceCode: ["service", "service code", "code de service", "code service", "canada post service", "service postes canada", "service de postes canada", "shipping service"],
  signature: ["signature", "signature required", "signature requise", "requires signature", "option signature", "signature option", "exiger une signature", "avec signature"],
};

// Units written next to a size or weight ("Weight (kg)", "Longueur (po)") and words around them. Not "total": "Order Total" is no order number.
const ORDER_NOISE = new Set([...HEADER_NOISE, "parcel", "package", "colis", "box", "boite", "kg", "g", "lb", "lbs", "oz", "cm", "mm", "in", "inch", "inches", "po", "pouces"]);

const SHIPPING_WORDS = new Set(["shipping", "ship", "delivery", "livraison", "recipient", "destinataire", "consignee"]);
const BILLING_WORDS = new Set(["billing", "bill", "facturation"]);
/** Names that say less than another column for the same field: Shopify's "Shipping Street" is both address lines, "Shipping Address1" the first. */
const LESS_SPECIFIC = new Set(["street"]);

/** Shipping address first, then plain names, then the billing address (used only when a file has no other). */
function rank(folded: string): number {
  const words = folded.split(" ");
  const base = words.some((w) => SHIPPING_WORDS.has(w)) ? 0 : words.some((w) => BILLING_WORDS.has(w)) ? 2 : 1;
  const stripped = words.filter((w) => !ORDER_NOISE.has(w)).join(" ");
  return base + (LESS_SPECIFIC.has(stripped) ? 0.5 : 0);
}

// XML tags fold to one word ("orderNumber", "shipToName" -> "ordernumber", "shiptoname"): every alias is also known without its spaces.
const COMPACT_ALIASES = Object.fromEntries(ORDER_FIELDS.map((f) => [f, [...new Set(ORDER_ALIASES[f].flatMap((a) => [a, a.replace(/ /g, "")]))]])) as Record<OrderField, string[]>;

const guesser = columnGuesser({ fields: ORDER_FIELDS, aliases: COMPACT_ALIASES, parts: CONTACT_HEADER_PARTS, noise: ORDER_NOISE, rank });

/** The order field a header most likely holds, or null. */
export function guessOrderField(header: string): OrderField | null {
  return guesser.guessField(header);
}

// Shopify names an order "#1001" in a column called "Name" (next to "Shipping Name").
const ORDER_NAME = /^#\s?[\w-]+$/;

/**
 * A mapping for a file of orders, from its headers (see columnGuesser). When no column is named
 * like an order number, a column left unmapped whose values all look like "#1001" (Shopify's
 * "Name") becomes reference 1. Pure.
 */
export function guessOrderMapping(headers: string[], rows: string[][] = []): OrderMapping {
  const mapping = guesser.guessMapping(headers);
  if (mapping.includes("reference1")) return mapping;
  const column = headers.findIndex((_, i) => {
    if (mapping[i]) return false;
    const values = rows.slice(0, 50).map((r) => (r[i] ?? "").trim()).filter(Boolean);
    return values.length > 0 && values.every((v) => ORDER_NAME.test(v));
  });
  if (column >= 0) mapping[column] = "reference1";
  return mapping;
}

/** One row's text per order field, with the column plan worked out once, for many rows. Pure. */
export function orderRowReader(headers: string[], mapping: OrderMapping): (row: string[]) => OrderValues {
  return columnJoiner(ORDER_FIELDS, headers, mapping, guesser.isLeadingPart);
}

/** Whether the folded text says yes or no, in English or French; null when it says neither. */
export function yesNo(text: string): boolean | null {
  const folded = foldName(text);
  if (["yes", "y", "oui", "o", "1", "true", "vrai", "x"].includes(folded)) return true;
  if (["no", "n", "non", "0", "false", "faux"].includes(folded)) return false;
  return null;
}
