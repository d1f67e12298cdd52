import en from "i18n-iso-countries/langs/en.json";
import fr from "i18n-iso-countries/langs/fr.json";
import codes from "i18n-iso-countries/codes.json";
import { isCountryCode } from "@/lib/addresses";
import { foldName } from "@/lib/addresses/locale";
import { columnGuesser, columnJoiner, type FieldMapping, type RememberedFields } from "./columns";
import { IMPORT_FIELDS, type ImportField } from "./fields";

/** One field per column of the file, or null: the column is not imported. */
export type ColumnMapping = FieldMapping<ImportField>;

/** What a business remembers between imports: a field, or "" (ignored), per header text. */
export type RememberedMapping = RememberedFields<ImportField>;

/**
 * Header names, folded (lower case, no accents, punctuation as spaces), per field: English and
 * French, the export's own columns (postal_code, tax_id), the form's labels in both languages and
 * what other address books and shops export. A part (first/last name, street number/name) may
 * share its field with another column; `first` parts go first when they are joined.
 */
export const CONTACT_HEADER_ALIASES: Record<ImportField, string[]> = {
  name: [
    "name", "full name", "fullname", "contact", "contact name", "contact person", "recipient", "recipient name", "attention", "attn", "customer", "customer name",
    "client", "client name", "ship to name", "nom", "nom complet", "nom du contact", "nom et prenom", "prenom et nom", "personne", "personne contact",
    "personne ressource", "destinataire", "nom du destinataire", "nom du client", "a l attention de",
  ],
  company: [
    "company", "company name", "business", "business name", "organization", "organisation", "organization name", "organisation name", "firm",
    "entreprise", "nom de l entreprise", "nom d entreprise", "societe", "compagnie", "raison sociale", "organisme",
  ],
  line1: [
    "line1", "line 1", "address", "address 1", "address1", "address line 1", "addressline1", "street", "street address", "street 1", "street1",
    "adresse", "adresse 1", "adresse1", "adresse ligne 1", "ligne 1", "ligne1", "rue", "adresse civique", "adresse municipale", "numero et rue",
  ],
  line2: [
    "line2", "line 2", "address 2", "address2", "address line 2", "addressline2", "street 2", "street2", "apt", "apartment", "suite", "unit",
    "apt suite", "apartment suite unit", "adresse 2", "adresse2", "adresse ligne 2", "ligne 2", "ligne2", "appartement", "app", "bureau",
    "complement", "complement d adresse",
  ],
  city: ["city", "town", "city town", "city name", "municipality", "locality", "ville", "municipalite", "localite"],
  province: [
    "province", "state", "province state", "state province", "province or state", "state or province", "prov", "region", "province territory",
    "province code", "state code", "territory", "province ou etat", "etat", "province etat", "etat province", "province territoire",
  ],
  postalCode: [
    "postal code", "postal", "postcode", "post code", "postalcode", "zip", "zip code", "zipcode", "postal zip", "postal zip code", "zip postal code",
    "postal or zip code", "zip or postal code", "code postal", "codepostal", "cp", "code postal ou zip", "code postal zip",
  ],
  country: ["country", "country code", "country name", "nation", "pays", "code pays", "code du pays", "nom du pays"],
  phone: [
    "phone", "phone number", "telephone", "telephone number", "tel", "tel number", "mobile", "mobile phone", "cell", "cell phone", "cellphone",
    "numero de telephone", "no de telephone", "no telephone", "cellulaire", "portable",
  ],
  email: ["email", "e mail", "email address", "e mail address", "mail", "courriel", "adresse courriel", "adresse electronique", "adresse e mail"],
  notes: ["notes", "note", "comment", "comments", "remarks", "remark", "memo", "description", "instructions", "commentaire", "commentaires", "remarque", "remarques"],
  tags: ["tags", "tag", "labels", "label", "groups", "group", "categories", "category", "etiquettes", "etiquette", "mots cles", "mot cle", "categorie", "groupe", "groupes"],
  taxId: [
    "tax id", "taxid", "tax number", "tax identifier", "recipient tax identifier", "tax id number", "tin", "vat", "vat number", "vat id", "eori",
    "eori number", "ioss", "identifiant fiscal", "identifiant fiscal du destinataire", "numero fiscal", "numero de taxe", "no de taxe", "tva", "numero de tva",
  ],
};

/** Parts of a field split over two columns, and which goes first when they are joined. */
export const CONTACT_HEADER_PARTS: Record<string, { field: Extract<ImportField, "name" | "line1">; first: boolean }> = {
  "first name": { field: "name", first: true },
  firstname: { field: "name", first: true },
  "given name": { field: "name", first: true },
  prenom: { field: "name", first: true },
  "middle name": { field: "name", first: false },
  "last name": { field: "name", first: false },
  lastname: { field: "name", first: false },
  surname: { field: "name", first: false },
  "family name": { field: "name", first: false },
  "nom de famille": { field: "name", first: false },
  "street number": { field: "line1", first: true },
  "house number": { field: "line1", first: true },
  "civic number": { field: "line1", first: true },
  "numero civique": { field: "line1", first: true },
  "no civique": { field: "line1", first: true },
  "street name": { field: "line1", first: false },
  "nom de rue": { field: "line1", first: false },
  "nom de la rue": { field: "line1", first: false },
};

// Words around the field's name in other exports: "Shipping Address 1", "Customer Email", "Ville de livraison".
export const HEADER_NOISE: ReadonlySet<string> = new Set([
  "shipping", "ship", "to", "billing", "bill", "recipient", "customer", "client", "contact", "delivery", "primary", "main", "default", "business",
  "work", "home", "personal", "de", "du", "des", "livraison", "facturation", "destinataire", "principal", "principale", "1",
]);

const guesser = columnGuesser({ fields: IMPORT_FIELDS, aliases: CONTACT_HEADER_ALIASES, parts: CONTACT_HEADER_PARTS, noise: HEADER_NOISE });

/** The field a header most likely holds, or null. */
export function guessField(header: string): ImportField | null {
  return guesser.guessField(header);
}

/** Whether a header holds the part that goes first when a field is split over columns (a first name, a street number). */
export function isLeadingPart(header: string): boolean {
  return guesser.isLeadingPart(header);
}

/**
 * A mapping for a file's headers: the business's remembered choice for a header when there is
 * one (an ignored column stays ignored), otherwise a guess. A guessed field goes to the first
 * column that names it. Parts share their field: "First name" and "Last name" both fill the
 * name, and so do "Nom" and "Prénom"; when a file has a full name and both parts, the full name
 * wins.
 */
export function guessMapping(headers: string[], remembered: RememberedMapping = {}): ColumnMapping {
  return guesser.guessMapping(headers, remembered);
}

/**
 * The mapping to remember after an import: the previous one with this file's headers updated
 * (most recent last), at most `max` headers.
 */
export function rememberMapping(previous: RememberedMapping, headers: string[], mapping: ColumnMapping, max = 300): RememberedMapping {
  const next = new Map(Object.entries(previous));
  headers.forEach((header, i) => {
    const key = header.trim();
    if (!key) return;
    next.delete(key);
    next.set(key, mapping[i] ?? "");
  });
  return Object.fromEntries([...next].slice(-max));
}

// Every English and French name i18n-iso-countries lists, alpha-3 codes, and a few more.
const COUNTRY_BY_NAME = new Map<string, string>();
for (const lang of [en.countries, fr.countries] as Record<string, string | string[]>[]) {
  for (const [code, names] of Object.entries(lang)) for (const n of [names].flat()) COUNTRY_BY_NAME.set(foldName(n), code);
}
for (const [alpha2, alpha3] of codes as string[][]) if (alpha2 && alpha3) COUNTRY_BY_NAME.set(alpha3.toLowerCase(), alpha2);
for (const [alias, code] of [
  ["etats unis", "US"],
  ["usa", "US"],
  ["u s", "US"],
  ["america", "US"],
  ["amerique", "US"],
  ["england", "GB"],
  ["angleterre", "GB"],
  ["scotland", "GB"],
  ["ecosse", "GB"],
  ["wales", "GB"],
  ["holland", "NL"],
  ["hollande", "NL"],
]) {
  COUNTRY_BY_NAME.set(alias!, code!);
}

/** The ISO alpha-2 code of a country written as a code (CA, CAN) or a name in English or French ("Canada", "États-Unis"); null when unknown. */
export function countryCode(text: string): string | null {
  const trimmed = text.trim();
  const upper = trimmed.toUpperCase();
  if (/^[A-Z]{2}$/.test(upper) && isCountryCode(upper)) return upper;
  return COUNTRY_BY_NAME.get(foldName(trimmed)) ?? null;
}

/** The country of a row that names none: the address book is a Canadian business's. */
export const DEFAULT_COUNTRY = "CA";

export type ContactValues = Record<ImportField, string>;

/**
 * One row's values per field, as the contact form would send them: cells of columns mapped to the
 * same field joined (leading parts first; tags with commas, notes on separate lines, others with a
 * space), tags separated by semicolons or bars as by commas (the export writes "vip; b2b"), a
 * country name turned into its code and a missing country read as Canada. `unknownCountry` is
 * the text when it names no country we know. Pure.
 */
export function mapRow(headers: string[], mapping: ColumnMapping, row: string[]): MappedRow {
  return rowMapper(headers, mapping)(row);
}

export interface MappedRow {
  values: ContactValues;
  unknownCountry?: string;
}

/** mapRow with the column plan worked out once, for many rows. */
export function rowMapper(headers: string[], mapping: ColumnMapping): (row: string[]) => MappedRow {
  const join = columnJoiner(IMPORT_FIELDS, headers, mapping, isLeadingPart, (field) => (field === "tags" ? ", " : field === "notes" ? "\n" : " "));
  return (row) => {
    const values: ContactValues = join(row);
    values.tags = values.tags.replace(/[;|]/g, ",");
    if (!values.country) {
      values.country = DEFAULT_COUNTRY;
      return { values };
    }
    const code = countryCode(values.country);
    if (code) {
      values.country = code;
      return { values };
    }
    return { values, unknownCountry: values.country };
  };
}
