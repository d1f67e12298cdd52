import { foldName } from "@/lib/addresses/locale";

/**
 * Guessing which field each column of an imported file holds, and joining a row's cells per
 * field, for any list of fields: the address book's (mapping.ts) and the batch import's orders
 * (lib/batches/import/mapping.ts) each give their own tables. Pure: runs in the browser and in Node.
 */
export interface HeaderTables<F extends string> {
  fields: readonly F[];
  /** Header names, folded (foldName: lower case, no accents, punctuation as spaces), per field. */
  aliases: Readonly<Record<F, readonly string[]>>;
  /** Parts of a field split over two columns, and which goes first when they are joined. */
  parts: Readonly<Record<string, { field: F; first: boolean }>>;
  /** Words around a field's name in other exports ("Shipping Address 1"), tried without when the whole header says nothing. */
  noise: ReadonlySet<string>;
  /**
   * When several columns name one field, the lowest rank gets it (ties: the first column). Given
   * the folded header. Without it the first column always wins.
   */
  rank?: (folded: string) => number;
}

export interface HeaderGuess<F extends string> {
  field: F;
  /** A part of the field (a first name, a street number), joined with the other parts. */
  part?: boolean;
  /** The part goes first when joined. */
  first?: boolean;
}

/** One field per column of the file, or null: the column is not imported. */
export type FieldMapping<F extends string> = (F | null)[];

/** What a business remembers between imports: a field, or "" (ignored), per header text. */
export type RememberedFields<F extends string> = Record<string, F | "">;

export interface ColumnGuesser<F extends string> {
  isField(value: unknown): value is F;
  /** The field a header most likely holds, or null. */
  guessField(header: string): F | null;
  /** Whether a header holds the part that goes first when a field is split over columns (a first name, a street number). */
  isLeadingPart(header: string): boolean;
  /**
   * A mapping for a file's headers: the remembered choice for a header when there is one (an
   * ignored column stays ignored), otherwise a guess. A guessed field goes to the best-ranked
   * column that names it (the first on a tie). Parts share their field: "First name" and "Last
   * name" both fill the name, and so do "Nom" and "Prénom"; when a file has a whole field and
   * parts of it, the whole wins unless every part is a leading one.
   */
  guessMapping(headers: string[], remembered?: RememberedFields<F>): FieldMapping<F>;
}

export function columnGuesser<F extends string>(tables: HeaderTables<F>): ColumnGuesser<F> {
  const byAlias = new Map<string, F>(tables.fields.flatMap((field) => tables.aliases[field].map((alias) => [alias, field] as const)));
  const isField = (value: unknown): value is F => typeof value === "string" && (tables.fields as readonly string[]).includes(value);

  const aliasOf = (folded: string): HeaderGuess<F> | null => {
    const part = tables.parts[folded];
    if (part) return { field: part.field, part: true, first: part.first };
    const field = byAlias.get(folded);
    return field ? { field } : null;
  };

  const lookupName = (header: string): HeaderGuess<F> | null => {
    const folded = foldName(header);
    if (!folded) return null;
    const exact = aliasOf(folded) ?? aliasOf(folded.replace(/ /g, ""));
    if (exact) return exact;
    const stripped = folded.split(" ").filter((w) => !tables.noise.has(w)).join(" ");
    return stripped && stripped !== folded ? aliasOf(stripped) : null;
  };

  // An XML path ("address/city") or a dotted name ("contact.email") by its last part when the whole says nothing.
  const lookup = (header: string): HeaderGuess<F> | null => {
    const last = header.split(/[/.]/).at(-1) ?? "";
    return lookupName(header) ?? (last !== header ? lookupName(last) : null);
  };

  return {
    isField,
    guessField: (header) => lookup(header)?.field ?? null,
    isLeadingPart: (header) => lookup(header)?.first === true,
    guessMapping(headers, remembered = {}) {
      const fromMemory = headers.map((h) => (h.trim() && Object.hasOwn(remembered, h.trim()) ? remembered[h.trim()]! : undefined));
      const guesses = headers.map((h, i) => (fromMemory[i] === undefined ? lookup(h) : null));
      const ranks = headers.map((h) => tables.rank?.(foldName(h)) ?? 0);
      const taken = new Set<F>(fromMemory.filter(isField));
      const mapping: FieldMapping<F> = headers.map(() => null);
      for (const field of tables.fields) {
        if (taken.has(field)) continue;
        const candidates = guesses.flatMap((g, i) => (g?.field === field ? [i] : []));
        if (candidates.length === 0) continue;
        const best = Math.min(...candidates.map((i) => ranks[i]!));
        const ranked = candidates.filter((i) => ranks[i] === best);
        const whole = ranked.find((i) => !guesses[i]!.part);
        const parts = ranked.filter((i) => guesses[i]!.part);
        const onlyLeadingParts = parts.every((i) => guesses[i]!.first);
        if (whole !== undefined) mapping[whole] = field;
        if (whole === undefined || onlyLeadingParts) for (const i of parts) mapping[i] = field;
      }
      return headers.map((_, i) => {
        const memory = fromMemory[i];
        return memory === undefined ? mapping[i]! : isField(memory) ? memory : null;
      });
    },
  };
}

/**
 * A row's values per field with the column plan worked out once, for many rows: cells of columns
 * mapped to the same field joined (leading parts first, with `separator(field)`), trimmed; a
 * field no column fills is "".
 */
export function columnJoiner<F extends string>(
  fields: readonly F[],
  headers: string[],
  mapping: FieldMapping<F>,
  isLeadingPart: (header: string) => boolean,
  separator: (field: F) => string = () => " ",
): (row: string[]) => Record<F, string> {
  const columns = new Map<F, number[]>();
  mapping.forEach((field, i) => {
    if (field) columns.set(field, [...(columns.get(field) ?? []), i]);
  });
  const plan = [...columns].map(([field, cols]) => ({
    field,
    cols: cols.length > 1 ? [...cols].sort((a, b) => Number(isLeadingPart(headers[b] ?? "")) - Number(isLeadingPart(headers[a] ?? ""))) : cols,
    separator: separator(field),
  }));
  const empty = Object.fromEntries(fields.map((f) => [f, ""])) as Record<F, string>;
  return (row) => {
    const values = { ...empty };
    for (const { field, cols, separator } of plan) {
      values[field] = cols.length === 1 ? (row[cols[0]!] ?? "").trim() : cols.map((c) => (row[c] ?? "").trim()).filter(Boolean).join(separator);
    }
    return values;
  };
}
