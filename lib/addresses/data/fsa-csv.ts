import { isProvinceCode, type ProvinceCode } from "../provinces";

/** One row of ../shared/data/ca-fsa.csv after repair. */
export interface FsaCsvRow {
  fsa: string;
  province: ProvinceCode;
  place: string;
  lat: number;
  lon: number;
}

// The CSV lost its accented letters: each became U+FFFD ("Gasp\uFFFDsie"). These are the damaged
// spellings it contains, with the names as Canada Post and the Commission de toponymie write them.
// Longer keys are applied first ("Ad\uFFFDle" before "\uFFFDle"); the build fails if any U+FFFD is left.
const R = "\uFFFD";
export const ACCENT_REPAIRS: Record<string, string> = {
  [`A${R}ores`]: "Açores",
  [`Ad${R}le`]: "Adèle",
  [`B${R}lair`]: "Bélair",
  [`Ch${R}n${R}ville`]: "Chénéville",
  [`Ch${R}teauguay`]: "Châteauguay",
  [`Chaudi${R}re`]: "Chaudière",
  [`C${R}te`]: "Côte",
  [`Doroth${R}e`]: "Dorothée",
  [`F${R}licien`]: "Félicien",
  [`Fran${R}ois`]: "François",
  [`Gasp${R}`]: "Gaspé",
  [`Genevi${R}ve`]: "Geneviève",
  [`Gr${R}ce`]: "Grâce",
  [`H${R}bert`]: "Hébert",
  [`H${R}l${R}ne`]: "Hélène",
  [`J${R}r${R}me`]: "Jérôme",
  [`Jonqui${R}re`]: "Jonquière",
  [`L${R}onard`]: "Léonard",
  [`L${R}vis`]: "Lévis",
  [`Lam${R}que`]: "Lamèque",
  [`Lanaudi${R}re`]: "Lanaudière",
  [`Laterri${R}re`]: "Laterrière",
  [`M${R}re`]: "Mère",
  [`M${R}tabetchouan`]: "Métabetchouan",
  [`Mont${R}r${R}gie`]: "Montérégie",
  [`Pel${R}`]: "Pelé",
  [`Pocati${R}re`]: "Pocatière",
  [`Pr${R}vost`]: "Prévost",
  [`Qu${R}bec`]: "Québec",
  [`R${R}gion`]: "Région",
  [`Rivi${R}re`]: "Rivière",
  [`T${R}miscamingue`]: "Témiscamingue",
  [`Th${R}r${R}se`]: "Thérèse",
  [`Trinit${R}`]: "Trinité",
  [`Val${R}re`]: "Valère",
  [`Vall${R}e`]: "Vallée",
  [`${R}le`]: "Île",
  [`${R}mard`]: "Émard",
  [`${R}mile`]: "Émile",
  [`${R}piphanie`]: "Épiphanie",
};

const REPAIR_KEYS = Object.keys(ACCENT_REPAIRS).sort((a, b) => b.length - a.length);

/**
 * Repairs one place name: restores the lost accents, joins names that a line break split after a
 * hyphen ("Centre-du- Québec" -> "Centre-du-Québec") and writes French particles inside a
 * hyphenated name in lower case, as the Commission de toponymie does ("Dollard-Des-Ormeaux" ->
 * "Dollard-des-Ormeaux", "Saint-Nazaire-D'Acton" -> "Saint-Nazaire-d'Acton").
 */
export function repairPlace(place: string): string {
  let text = place;
  for (const key of REPAIR_KEYS) text = text.replaceAll(key, ACCENT_REPAIRS[key]!);
  return text
    .replace(/(\S)- (?=\S)/g, "$1-")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/(?<=\p{L}-)(De|Des|Du|La|Le|Les|Sur|Aux|En)(?=-)/gu, (p) => p.toLowerCase())
    .replace(/(?<=\p{L}-)D'(?=\p{L})/gu, "d'");
}

/** Splits one CSV line, honouring double-quoted fields ("North Island, Sunshine Coast, ..."). */
function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      fields.push(field);
      field = "";
    } else field += ch;
  }
  fields.push(field);
  return fields;
}

/** Parses and checks the whole CSV; throws on any row that is not a valid, unique FSA. */
export function parseFsaCsv(text: string): FsaCsvRow[] {
  const [header, ...lines] = text.replace(/^\uFEFF/, "").split(/\r?\n/).filter((l) => l.trim() !== "");
  if (header?.trim() !== "fsa,province,place,latitude,longitude") throw new Error(`unexpected header: ${header}`);
  const seen = new Set<string>();
  return lines.map((line, index) => {
    const [fsa = "", province = "", rawPlace = "", lat = "", lon = ""] = splitCsvLine(line);
    const where = `line ${index + 2} (${line})`;
    if (!/^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]$/.test(fsa)) throw new Error(`bad FSA on ${where}`);
    if (seen.has(fsa)) throw new Error(`duplicate FSA on ${where}`);
    seen.add(fsa);
    if (!isProvinceCode(province)) throw new Error(`bad province on ${where}`);
    const place = repairPlace(rawPlace);
    if (!place || place.includes(R)) throw new Error(`unrepaired place name on ${where}: add it to ACCENT_REPAIRS`);
    const latitude = Number(lat);
    const longitude = Number(lon);
    if (!Number.isFinite(latitude) || !Number.isFinite(longitude) || lat === "" || lon === "") throw new Error(`bad coordinates on ${where}`);
    return { fsa, province, place, lat: latitude, lon: longitude };
  });
}
