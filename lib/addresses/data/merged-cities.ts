// Hand-written: which places of the FSA table (ca-fsa.ts) are now part of a merged city.
//
// GeoNames names urban FSAs after a neighbourhood or a former municipality ("Plateau Mont-Royal",
// "Hull", "Scarborough", "Nepean"), but an address wants the municipality it is in today, the one
// Canada Post expects in the city field. The municipal mergers and demergers behind this table:
// - Québec: the 2002 municipal reorganization (Loi portant réforme de l'organisation territoriale
//   municipale des régions métropolitaines de Montréal, de Québec et de l'Outaouais, L.Q. 2000,
//   c. 56, and the decrees of 2001), then the 2004 referendums (L.Q. 2003, c. 14): 15 municipalities
//   of Montréal island, 4 of Longueuil, L'Ancienne-Lorette and Saint-Augustin-de-Desmaures became
//   separate again on 1 January 2006 and are kept here under their own names. Laval is the 1965
//   merger of the 14 municipalities of Île Jésus. Smaller mergers: Sorel-Tracy (2000),
//   Saint-Jean-sur-Richelieu and Terrebonne (2001), Thetford Mines (2001), Brownsburg-Chatham (1999).
//   Sources: Répertoire des municipalités du Québec (MAMH), Commission de toponymie du Québec.
// - Ontario: City of Toronto Act, 1997 (Toronto with Etobicoke, North York, Scarborough, York and
//   East York, 1998); City of Ottawa Act, 1999 and City of Hamilton Act, 1999 (both 2001).
// What is not merged here: communities with their own name and post office that Canada Post still
// writes on addresses (Dartmouth and Bedford in Halifax, Lower Sackville, Woodbridge and Maple in
// Vaughan, Manotick and Greely in Ottawa, Bowmanville...), and every municipality that exists today.

/** Places that the FSA table names instead of the municipality they are part of. */
export interface MergedCity {
  /** The municipality today, as written on an address. */
  readonly city: string;
  /** FSAs it covers: their first one or two characters ("M": every Toronto FSA). */
  readonly fsas: readonly string[];
  /**
   * Places in those FSAs, as cityFromPlace names them before this table ("Scarborough" for
   * "Scarborough (Malvern / Rouge River)"), that are part of the city; "*" for all of them.
   */
  readonly places: "*" | readonly string[];
  /** With "*": municipalities inside those FSAs that are not part of the city and keep their name. */
  readonly keep?: readonly string[];
}

/**
 * The municipalities of Montréal island that are not part of Montréal: reconstituted on 1 January
 * 2006, with their official names (Commission de toponymie du Québec). Baie-D'Urfé has no FSA of
 * its own in the table (it shares H9X with Sainte-Anne-de-Bellevue).
 */
export const MONTREAL_ISLAND_MUNICIPALITIES = [
  "Baie-D'Urfé",
  "Beaconsfield",
  "Côte-Saint-Luc",
  "Dollard-des-Ormeaux",
  "Dorval",
  "Hampstead",
  "Kirkland",
  "L'Île-Dorval",
  "Montréal-Est",
  "Montréal-Ouest",
  "Mont-Royal",
  "Pointe-Claire",
  "Sainte-Anne-de-Bellevue",
  "Senneville",
  "Westmount",
] as const;

export const MERGED_CITIES: readonly MergedCity[] = [
  // Montréal island, but for Laval (H7).
  { city: "Montréal", fsas: ["H1", "H2", "H3", "H4", "H5", "H8", "H9"], places: "*", keep: MONTREAL_ISLAND_MUNICIPALITIES },
  // Île Jésus: Chomedey, Duvernay, Fabreville, Laval-des-Rapides, Pont-Viau, Sainte-Rose, Vimont...
  { city: "Laval", fsas: ["H7"], places: "*" },
  // Demerged in 2006: Boucherville, Brossard, Saint-Bruno-de-Montarville and Saint-Lambert.
  { city: "Longueuil", fsas: ["J3", "J4"], places: ["Saint-Hubert", "Greenfield Park"] },
  { city: "Gatineau", fsas: ["J8", "J9"], places: ["Hull", "Aylmer", "Buckingham", "Masson-Angers"] },
  { city: "Sherbrooke", fsas: ["J1"], places: ["Rock Forest"] },
  { city: "Saint-Jean-sur-Richelieu", fsas: ["J2"], places: ["Saint-Luc"] },
  { city: "Sorel-Tracy", fsas: ["J3"], places: ["Sorel"] },
  { city: "Terrebonne", fsas: ["J7"], places: ["La Plaine"] },
  { city: "Brownsburg-Chatham", fsas: ["J8"], places: ["Chatham"] },
  // Québec City keeps the file's English name ("Quebec City"). Demerged in 2006:
  // L'Ancienne-Lorette and Saint-Augustin-de-Desmaures.
  { city: "Quebec City", fsas: ["G1"], places: "*" },
  { city: "Quebec City", fsas: ["G2", "G3"], places: ["Charlesbourg", "Jean-Talon", "Loretteville", "Saint-Émile", "Lac-Saint-Charles", "Val-Bélair"] },
  {
    city: "Lévis",
    fsas: ["G6", "G7"],
    places: ["Charny", "Pintendre", "Saint-Etienne-de-Lauzon", "Saint-Jean-Chrysostome", "Saint-Nicolas", "Saint-Redempteur"],
  },
  { city: "Saguenay", fsas: ["G7", "G8"], places: ["Chicoutimi", "Jonquière", "La Baie", "Laterrière"] },
  { city: "Trois-Rivières", fsas: ["G8", "G9"], places: ["Cap-de-la-Madeleine"] },
  { city: "Shawinigan", fsas: ["G9"], places: ["Grand-Mère"] },
  { city: "Thetford Mines", fsas: ["G6"], places: ["Black Lake"] },
  // Every M FSA is in Toronto: Scarborough, North York (Willowdale, Don Mills, Downsview), East
  // York, York (Weston), Etobicoke.
  { city: "Toronto", fsas: ["M"], places: "*" },
  // K1 and K2 are urban Ottawa: Gloucester, Orléans, Vanier, Nepean, Kanata, Stittsville. In K4,
  // Orléans and the villages of the former Cumberland Township (Navan, Sarsfield, Vars); Cumberland
  // village, Manotick and Greely keep their names, and Rockland and Russell are other municipalities.
  { city: "Ottawa", fsas: ["K1", "K2"], places: "*" },
  { city: "Ottawa", fsas: ["K4"], places: ["Orleans", "Cumberland Township"] },
  // Stoney Creek's FSAs (L8E, L8G, L8J) are already named "Hamilton (...)".
  { city: "Hamilton", fsas: ["L8", "L9"], places: ["Ancaster", "Dundas"] },
];
