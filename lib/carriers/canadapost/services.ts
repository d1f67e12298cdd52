/**
 * Canada Post's codes as the connector uses them: the services Envoi sells (lib/rating/services,
 * Canada Post's own codes), which destination each serves, the `<options>` of a request body
 * (`cpOptions`, shared by rating and shipments), and a ZIP code standing for each US state (Canada
 * Post rates the USA by ZIP code, Envoi's forms by state). Pure.
 */
import type { UsStateCode } from "@/lib/addresses/us-states";
import { requestedOptions, type ShipmentOptions } from "@/lib/rating/options";
import { SERVICE_CODES, type Destination } from "@/lib/rating/services";

/** The services Envoi rates and ships; Canada Post may answer with others (DOM.LIB, library materials), which the connector leaves out. */
export const CP_SERVICE_CODES: readonly string[] = SERVICE_CODES;

const KNOWN = new Set(CP_SERVICE_CODES);

export function isKnownService(code: string): boolean {
  return KNOWN.has(code);
}

/** Domestic, USA or international, from an ISO country code. */
export function destinationOf(country: string): Destination {
  const code = country.trim().toUpperCase();
  return code === "CA" ? "domestic" : code === "US" ? "usa" : "international";
}

const PREFIX: Record<Destination, string> = { domestic: "DOM.", usa: "USA.", international: "INT." };

/** Whether a service code serves a destination (DOM.* in Canada, USA.* to the USA, INT.* elsewhere). */
export function servesDestination(serviceCode: string, destination: Destination): boolean {
  return serviceCode.startsWith(PREFIX[destination]);
}

/** One `<option>` of a request: its code, and the amount for coverage (COV) and collect on delivery (COD). */
export interface CpOption {
  code: string;
  amountCents?: number;
}

/**
 * The `<options>` entries Canada Post expects for a set of shipment options, in Canada Post's order
 * (SO, COV, COD, PA18, PA19, HFP, DNS, LAD, D2PO). COV carries the total coverage wanted, COD the
 * amount to collect; Deliver to Post Office needs the office's id in a shipment body, which the
 * shipment builder adds (rating takes the code alone).
 */
export function cpOptions(options: ShipmentOptions): CpOption[] {
  return requestedOptions(options).map((code) => {
    if (code === "COV") return { code, amountCents: options.coverageCents };
    if (code === "COD") return { code, amountCents: options.codCents };
    return { code };
  });
}

/** A ZIP code in each state's capital (or main town), for a US destination given by state only. */
const STATE_ZIP: Record<UsStateCode, string> = {
  AL: "36104", AK: "99801", AZ: "85007", AR: "72201", CA: "95814", CO: "80202", CT: "06103", DE: "19901",
  FL: "32301", GA: "30303", HI: "96813", ID: "83702", IL: "62701", IN: "46204", IA: "50309", KS: "66603",
  KY: "40601", LA: "70802", ME: "04330", MD: "21401", MA: "02108", MI: "48933", MN: "55102", MS: "39201",
  MO: "65101", MT: "59601", NE: "68508", NV: "89701", NH: "03301", NJ: "08608", NM: "87501", NY: "12207",
  NC: "27601", ND: "58501", OH: "43215", OK: "73102", OR: "97301", PA: "17101", RI: "02903", SC: "29201",
  SD: "57501", TN: "37219", TX: "78701", UT: "84111", VT: "05602", VA: "23219", WA: "98501", WV: "25301",
  WI: "53703", WY: "82001", DC: "20001", AS: "96799", GU: "96910", MP: "96950", PR: "00901", VI: "00802",
  FM: "96941", MH: "96960", PW: "96940", AA: "34035", AE: "09204", AP: "96606",
};

/**
 * The ZIP code Canada Post is given for a US destination: the one typed when it is a ZIP code
 * ("12345" or "12345-6789", spaces and a missing dash forgiven), else the state's. Null when
 * neither is usable.
 */
export function usZipCode(postalCode: string | null | undefined, state: string | null | undefined): string | null {
  const digits = (postalCode ?? "").replace(/[\s-]/g, "");
  if (/^\d{5}$/.test(digits)) return digits;
  if (/^\d{9}$/.test(digits)) return `${digits.slice(0, 5)}-${digits.slice(5)}`;
  const code = (state ?? "").trim().toUpperCase();
  return code in STATE_ZIP ? STATE_ZIP[code as UsStateCode] : null;
}
