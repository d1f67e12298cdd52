"use client";

import { useTranslations } from "next-intl";
import type { ImportMode } from "@/lib/contacts/import/schemas";

/** Import the valid rows and skip the others, or import only if every row is valid. */
export function ImportModeChoice({ mode, invalid, onChange }: { mode: ImportMode; invalid: number; onChange: (mode: ImportMode) => void }) {
  const t = useTranslations("import.check");
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-semibold text-zinc-900">{t("modeLegend")}</legend>
      {(["valid", "all"] as const).map((m) => (
        <div key={m} className="flex items-start gap-3">
          <input
            id={`import-mode-${m}`}
            type="radio"
            name="mode"
            value={m}
            checked={mode === m}
            onChange={() => onChange(m)}
            aria-describedby={`import-mode-${m}-hint`}
            className="mt-1 size-4 accent-brand-700"
          />
          <div>
            <label htmlFor={`import-mode-${m}`} className="text-sm font-medium text-zinc-800">
              {m === "valid" ? t("modeValid") : t("modeAll")}
            </label>
            <p id={`import-mode-${m}-hint`} className="text-xs text-zinc-600">
              {m === "valid" ? t("modeValidHint", { invalid }) : t("modeAllHint")}
            </p>
          </div>
        </div>
      ))}
    </fieldset>
  );
}
