import type { AppLocale } from "@/lib/i18n/locales";
import { formatNumber, formatWeight } from "@/lib/i18n/format";
import { mmToDisplay, type UnitSystem } from "@/lib/rating/measures";

/** A template's parcel in the member's units: "30 × 20 × 10 cm, 1 kg". */
export function parcelText(p: { lengthMm: number; widthMm: number; heightMm: number; weightGrams: number }, units: UnitSystem, locale: AppLocale): string {
  const sides = [p.lengthMm, p.widthMm, p.heightMm].map((mm) => formatNumber(mmToDisplay(mm, units), locale)).join(" × ");
  return `${sides} ${units === "METRIC" ? "cm" : "in"}, ${formatWeight(p.weightGrams, units, locale)}`;
}
