import type { Option } from "@/lib/addresses/locale";

/** What every row editor of a batch sheet needs (lists for its selects). */
export interface SheetContext {
  slug: string;
  locations: { id: string; label: string; postalCode: string }[];
  templates: { id: string; name: string; lengthMm: number; widthMm: number; heightMm: number; weightGrams: number }[];
  countries: readonly Option[];
  provinces: readonly Option[];
  states: readonly Option[];
}
