/** Lower case, accents removed, for matching what someone types against stored text. */
export function foldForSearch(value: string): string {
  return value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The one column contact search looks in: name, company, city, postal code (with and without its
 * space, so "h2x1y4" and "H2X 1Y4" both match) and email.
 */
export function contactSearchText(c: { name?: string | null; company?: string | null; city?: string | null; postalCode?: string | null; email?: string | null }): string {
  const postal = c.postalCode ?? "";
  return foldForSearch([c.name, c.company, c.city, postal, postal.replace(/\s/g, ""), c.email].filter(Boolean).join(" "));
}

/** The words typed in the search box, folded; every one must match. */
export function searchTerms(query: string): string[] {
  return foldForSearch(query).split(" ").filter(Boolean).slice(0, 6);
}
