"use client";

import { useTranslations } from "next-intl";
import { SETTINGS_LIMITS } from "@/lib/forms/limits";
import type { FormState } from "@/lib/forms/state";
import type { Defaults } from "@/lib/settings/settings";
import { fieldError, kept } from "@/components/forms/form-status";
import { TextField } from "@/components/ui/field";

/** The business's packing slips: printed after each label or not, and the note they carry. */
export function PackingSlipFields({ state, defaults }: { state: FormState; defaults: Defaults }) {
  const t = useTranslations("packingSlips");
  return (
    <fieldset className="space-y-3">
      <legend className="mb-2 text-sm font-semibold">{t("settings.title")}</legend>
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="packingSlips" defaultChecked={state.status === "error" ? state.values.packingSlips === "on" : Boolean(defaults.packingSlips)} className="mt-0.5 h-4 w-4" />
        <span>
          {t("settings.withLabels")}
          <span className="block text-xs text-zinc-500">{t("settings.withLabelsHelp")}</span>
        </span>
      </label>
      <TextField
        id="business-packingSlipNote"
        label={t("settings.note")}
        hint={t("settings.noteHelp")}
        name="packingSlipNote"
        maxLength={SETTINGS_LIMITS.packingSlipNote}
        defaultValue={kept(state, "packingSlipNote", defaults.packingSlipNote ?? "")}
        error={fieldError(state, "packingSlipNote")}
      />
    </fieldset>
  );
}
