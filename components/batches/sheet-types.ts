import type { Option } from "@/lib/addresses/locale";

/** What the page gives a batch sheet for its selects: the business's own lists. */
export interface SheetPageContext {
  slug: string;
  locations: { id: string; label: string; postalCode: string }[];
  templates: { id: string; name: string; lengthMm: number; widthMm: number; heightMm: number; weightGrams: number }[];
}

/**
 * What every row editor of a batch sheet needs: the page's lists and the address selects, which the
 * sheet builds in the browser (the rows are drawn there only), so no page carries 250 countries.
 */
export interface SheetContext extends SheetPageContext {
  countries: readonly Option[];
  provinces: readonly Option[];
  states: readonly Option[];
}
