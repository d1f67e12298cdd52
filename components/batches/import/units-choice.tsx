"use client";

import { useTranslations } from "next-intl";
import type { UnitSystem } from "@/lib/rating/measures";

/** The units the file's sizes and weights are written in: cm and kg, or in and lb. */
export function UnitsChoice({ value, onChange }: { value: UnitSystem; onChange: (units: UnitSystem) => void }) {
  const t = useTranslations("orders.units");
  return (
    <fieldset className="space-y-2" aria-describedby="orders-units-hint">
      <legend className="text-sm font-semibold text-zinc-900">{t("legend")}</legend>
      <div className="flex flex-wrap gap-x-6 gap-y-2">
        {(["METRIC", "IMPERIAL"] as const).map((units) => (
          <label key={units} className="flex items-center gap-2 text-sm text-zinc-800">
            <input type="radio" name="units" value={units} checked={value === units} onChange={() => onChange(units)} className="size-4 accent-brand-700" />
            {t(units)}
          </label>
        ))}
      </div>
      <p id="orders-units-hint" className="text-xs text-zinc-500">
        {t("hint")}
      </p>
    </fieldset>
  );
}
