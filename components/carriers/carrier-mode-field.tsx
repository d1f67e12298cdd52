"use client";

import { useTranslations } from "next-intl";

const MODES = ["SANDBOX", "PRODUCTION"] as const;
export type CarrierMode = (typeof MODES)[number];

/**
 * Which Canada Post system the key belongs to: the sandbox (nothing ships, nothing is charged) or
 * production (real labels, charged by Canada Post). Two radios, each with what it means.
 */
export function CarrierModeField({ value, error, idPrefix }: { value: string; error?: string; idPrefix: string }) {
  const t = useTranslations("carriers");
  const help = { SANDBOX: t("form.sandboxHelp"), PRODUCTION: t("form.productionHelp") };
  return (
    <fieldset className="space-y-2" aria-describedby={error ? `${idPrefix}-mode-error` : undefined}>
      <legend className="text-sm font-medium text-zinc-800">{t("form.mode")}</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {MODES.map((mode) => (
          <label key={mode} className="flex cursor-pointer gap-3 rounded-md p-3 ring-1 ring-inset ring-zinc-300 has-checked:ring-2 has-checked:ring-brand-700">
            <input type="radio" name="mode" value={mode} defaultChecked={value === mode} className="mt-0.5 h-4 w-4" aria-describedby={`${idPrefix}-mode-${mode}`} />
            <span className="text-sm">
              <span className="block font-medium text-zinc-900">{t(`modes.${mode}`)}</span>
              <span id={`${idPrefix}-mode-${mode}`} className="block text-zinc-600">
                {help[mode]}
              </span>
            </span>
          </label>
        ))}
      </div>
      {error && (
        <p id={`${idPrefix}-mode-error`} className="text-sm text-brand-700" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
