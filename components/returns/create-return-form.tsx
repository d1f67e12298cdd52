"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { createReturnAction } from "@/app/b/[business]/shipments/[id]/returns/actions";
import { formKey } from "@/lib/forms/form-key";
import { IDLE } from "@/lib/forms/state";
import { FormStatus, fieldError, kept } from "@/components/forms/form-status";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

export interface ReturnableItem {
  description: string;
  sku: string | null;
  quantity: number;
}

/**
 * "Create a return label" on an issued shipment: how many of each item come back (none: the whole
 * parcel), the reason, a note, and the customer's email and language (the label is emailed there).
 */
export function CreateReturnForm(props: { slug: string; shipmentId: string; items: ReturnableItem[]; reasons: { code: string; label: string }[]; defaultEmail: string; defaultLocale: "en" | "fr" }) {
  const t = useTranslations("returns.shipment");
  const [state, action] = useActionState(createReturnAction.bind(null, props.slug), IDLE);
  const [counts, setCounts] = useState<number[]>(props.items.map(() => 0));
  const chosen = props.items.map((item, i) => ({ description: item.description, sku: item.sku, quantity: counts[i] ?? 0 }));
  return (
    <form key={formKey(state)} action={action} className="space-y-4" aria-label={t("create")} noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="shipmentId" value={props.shipmentId} />
      <input type="hidden" name="items" value={JSON.stringify(chosen)} />
      {props.items.length > 0 && (
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-zinc-800">{t("items")}</legend>
          <p className="text-xs text-zinc-500">{t("itemsHelp")}</p>
          {props.items.map((item, i) => (
            <label key={i} className="flex items-center gap-3 text-sm">
              <input
                type="number"
                min={0}
                max={item.quantity}
                value={counts[i] ?? 0}
                onChange={(e) => setCounts((c) => c.map((v, j) => (j === i ? Math.max(0, Math.min(item.quantity, Number(e.target.value) || 0)) : v)))}
                aria-label={t("quantity", { item: item.description })}
                className="w-20 rounded-md border border-zinc-300 px-2 py-1"
              />
              <span>
                {item.description}
                {item.sku ? ` (${item.sku})` : ""} × {item.quantity}
              </span>
            </label>
          ))}
          {fieldError(state, "items") && <p className="text-sm text-red-700">{fieldError(state, "items")}</p>}
        </fieldset>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField id="return-reason" name="reason" label={t("reason")} defaultValue={kept(state, "reason", props.reasons[0]?.code ?? "")} error={fieldError(state, "reason")}>
          {props.reasons.map((r) => (
            <option key={r.code} value={r.code}>
              {r.label}
            </option>
          ))}
        </SelectField>
        <SelectField id="return-locale" name="customerLocale" label={t("language")} defaultValue={kept(state, "customerLocale", props.defaultLocale)}>
          <option value="en">English</option>
          <option value="fr">Français</option>
        </SelectField>
        <TextField id="return-email" name="email" type="email" label={t("email")} hint={t("emailHelp")} defaultValue={kept(state, "email", props.defaultEmail)} error={fieldError(state, "email") ?? fieldError(state, "customerEmail")} />
        <TextField id="return-note" name="note" label={t("note")} defaultValue={kept(state, "note")} error={fieldError(state, "note")} maxLength={500} />
      </div>
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
