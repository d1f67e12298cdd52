import { MERGED_CITIES } from "./data/merged-cities";
import { fsaInfo } from "./postal-codes";
import { PROVINCES } from "./provinces";

// Words that qualify a part of a city rather than name it: "Calgary Northeast", "Surrey Inner
// Northwest", "Kamloops Central and Southeast", "Courtenay Northern Outskirts".
const QUALIFIERS = new Set(
  "north south east west northeast northwest southeast southwest central inner outer upper lower mid outskirts northern southern eastern western and & subdivisions".split(" "),
);

// Places that the rules below cannot turn into the name Canada Post uses for the city, and official
// names for the table's spellings (Commission de toponymie du Québec, the municipalities' own).
const PLACE_ALIASES: Record<string, string> = {
  "Government of Canada Ottawa and Gatineau offices": "Ottawa",
  "Quebec Provincial Government": "Quebec City",
  "Queen's Park": "Toronto",
  "Central Toronto": "Toronto",
  "East Toronto": "Toronto",
  "West Toronto": "Toronto",
  Montreal: "Montréal",
  "Old Montreal": "Montréal",
  "Place Bonaventure": "Montréal",
  "Place Desjardins": "Montréal",
  "Tour de la Bourse": "Montréal",
  // Municipalities of their own on Montréal island, not districts of Montréal.
  "Montreal East": "Montréal-Est",
  "Montreal West": "Montréal-Ouest",
  "Mount Royal": "Mont-Royal",
  "Quebec City Lower Riverbank": "Quebec City",
  "Quebec City Mid-Riverbank": "Quebec City",
  "Quebec City Upper Riverbank": "Quebec City",
  "Halifax Bedford Basin": "Halifax",
  "Halifax Lower Harbour": "Halifax",
  "Halifax Mid-Harbour": "Halifax",
  "Halifax North West Arm": "Halifax",
  "Halifax Upper Harbour": "Halifax",
  "Dartmouth Morris Lake": "Dartmouth",
  "Saint John Grandview": "Saint John",
  "Saint John Lakewood": "Saint John",
  "Saint John Loch Lomond": "Saint John",
  "Saint John Red Head": "Saint John",
  "Dieppe Moncton": "Dieppe",
  "Mascouche Extremities": "Mascouche",
  "Vaudreuil-Dorion RCM": "Vaudreuil-Dorion",
  "Saint-Sophie": "Sainte-Sophie",
  "St-Augustin-de-Desmaures": "Saint-Augustin-de-Desmaures",
  "Saint-Bruno": "Saint-Bruno-de-Montarville",
  Valleyfield: "Salaberry-de-Valleyfield",
  Asbestos: "Val-des-Sources", // renamed in 2020
  Becancour: "Bécancour",
  Degelis: "Dégelis",
  "Lac-Megantic": "Lac-Mégantic",
  "Métabetchouan-Lac-a-la-Croix": "Métabetchouan-Lac-à-la-Croix",
  "La Salle": "LaSalle",
  "St. Mary's": "St. Marys",
  // The City and the Township of Langley are both LANGLEY on an address.
  "Langley City": "Langley",
  "Langley Township": "Langley",
};

/** The city a place is part of since a municipal merger (see data/merged-cities.ts), if any. */
function mergedCity(fsa: string, name: string): string | null {
  for (const { city, fsas, places, keep } of MERGED_CITIES) {
    if (!fsas.some((prefix) => fsa.startsWith(prefix))) continue;
    if (places === "*" ? !keep?.includes(name) : places.includes(name)) return city;
  }
  return null;
}

const PROVINCE_NAMES = [...PROVINCES.map((p) => p.en), "Newfoundland & Labrador"].join("|");
const GOVERNMENT_SUFFIX = new RegExp(`\\s*(?:(?:${PROVINCE_NAMES})\\s+)?Provincial Government$`);
// Post office boxes and business reply mail: "Downtown Toronto Stn A PO Boxes 25 The Esplanade".
const MAIL_FACILITY_SUFFIX = /\s+(?:Stn\b|Business Reply\b).*$/;

function stripTrailingQualifiers(name: string): string {
  const words = name.split(" ");
  while (words.length > 1 && QUALIFIERS.has(words[words.length - 1]!.toLowerCase())) words.pop();
  return words.join(" ");
}

/**
 * A city name from an FSA's place name. The rule:
 * 1. "Reserved (...)" FSAs (H0H, Santa Claus's) have no city.
 * 2. Rural FSAs (second character 0) are named "Region (main community)": the community in the
 *    parentheses is the suggestion ("Eastern Alberta (St. Paul)" -> "St. Paul"). The rural FSA
 *    covers many communities, so this is only the likeliest one.
 * 3. Urban FSAs are named "City (neighbourhoods)": the part before the parentheses, without a
 *    provincial-government or mail-facility suffix, is kept ("Calgary (Kensington / ...)" ->
 *    "Calgary"; "Fredericton South New Brunswick Provincial Government" -> "Fredericton South").
 * 4. Of a list ("Rothesay, Quispamsis") the first name; "Downtown" in front and compass words at
 *    the end are dropped ("Downtown Montreal South & West" -> "Montreal", "North Vancouver
 *    Outer East" -> "North Vancouver", but "East York" and "West Vancouver" stay).
 * 5. A few places that the steps above cannot turn into a city, whole or after the steps, come
 *    from PLACE_ALIASES ("West Toronto" -> "Toronto", "Quebec Provincial Government" -> "Quebec City",
 *    "Montreal" -> "Montréal", "Mount Royal" -> "Mont-Royal").
 * 6. A neighbourhood or former municipality of a merged city becomes the city, from MERGED_CITIES
 *    ("Plateau Mont-Royal" in H2H -> "Montréal", "Hull" -> "Gatineau", "Scarborough" -> "Toronto",
 *    "Nepean" -> "Ottawa"); municipalities that exist on their own keep their name ("Westmount").
 */
export function cityFromPlace(fsa: string, place: string): string | null {
  if (/^Reserved\b/i.test(place)) return null;
  const name = Object.hasOwn(PLACE_ALIASES, place) ? PLACE_ALIASES[place]! : placeName(fsa, place);
  return name ? (mergedCity(fsa, name) ?? name) : null;
}

/** Steps 2 to 5 of cityFromPlace. */
function placeName(fsa: string, place: string): string {
  const rural = fsa[1] === "0";
  const inParentheses = /\(([^()]*)\)/.exec(place)?.[1];
  let name = rural && inParentheses ? inParentheses : place.replace(/\(.*$/, "");
  name = name.replace(MAIL_FACILITY_SUFFIX, "").replace(GOVERNMENT_SUFFIX, "");
  name = (name.split(/,|\//)[0] ?? "").replace(/\s+/g, " ").trim();
  name = name.replace(/^Downtown\s+/, "");
  name = stripTrailingQualifiers(name);
  return Object.hasOwn(PLACE_ALIASES, name) ? PLACE_ALIASES[name]! : name;
}

/**
 * A city to suggest for a Canadian postal code (or FSA), from its FSA's place name; null when the
 * FSA is unknown or names no city. See cityFromPlace for the rule.
 */
export function suggestCity(postalCode: string | null | undefined): string | null {
  const info = fsaInfo(postalCode);
  return info ? cityFromPlace(info.fsa, info.place) : null;
}
