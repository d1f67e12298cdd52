"use client";

import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/forms/state";
import { fieldError, kept } from "@/components/forms/form-status";
import { SelectField, TextField } from "@/components/ui/field";
import { NUMBER_TEXT_MAX } from "@/lib/forms/limits";
import type { DefaultOptions } from "@/lib/settings/schemas";

export interface Choice {
  value: string;
  label: string;
}

/** A select whose first choice, when `inheritLabel` is given, means "the business's default". */
export function DefaultSelect(props: { state: FormState; name: string; label: string; value: string; choices: Choice[]; inheritLabel?: string; idPrefix: string }) {
  return (
    <SelectField id={`${props.idPrefix}-${props.name}`} label={props.label} name={props.name} defaultValue={kept(props.state, props.name, props.value)} error={fieldError(props.state, props.name)}>
      {props.inheritLabel !== undefined && <option value="">{props.inheritLabel}</option>}
      {props.choices.map((c) => (
        <option key={c.value} value={c.value}>
          {c.label}
        </option>
      ))}
    </SelectField>
  );
}

/** The shipment options every form starts with. */
export function OptionsFields({ state, options, idPrefix }: { state: FormState; options: DefaultOptions; idPrefix: string }) {
  const t = useTranslations("defaults");
  const failed = state.status === "error";
  const checked = (name: keyof DefaultOptions) => (failed ? state.values[name] === "on" : Boolean(options[name]));
  return (
    <div className="space-y-3">
      <div className="grid gap-2 sm:grid-cols-2">
        {(["signature", "cardForPickup", "doNotSafeDrop", "leaveAtDoor"] as const).map((name) => (
          <label key={name} className="flex items-center gap-2 text-sm">
            <input type="checkbox" name={name} defaultChecked={checked(name)} className="h-4 w-4 rounded border-zinc-300 text-brand-700" />
            {t(`options.${name}`)}
          </label>
        ))}
      </div>
      {fieldError(state, "leaveAtDoor") && (
        <p className="text-sm text-brand-700" role="alert">
          {fieldError(state, "leaveAtDoor")}
        </p>
      )}
      <TextField
        id={`${idPrefix}-coverage`}
        label={t("coverage")}
        name="coverage"
        inputMode="decimal"
        maxLength={NUMBER_TEXT_MAX}
        hint={t("coverageHint")}
        defaultValue={kept(state, "coverage", options.coverageCents ? String(options.coverageCents / 100) : "")}
        error={fieldError(state, "coverage")}
      />
    </div>
  );
}
