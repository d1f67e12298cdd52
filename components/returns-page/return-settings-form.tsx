"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { updateReturnSettingsAction } from "@/app/b/[business]/settings/actions";
import type { ReturnSettings } from "@/lib/returns/settings";
import { RETURN_WINDOW_MAX_DAYS, reasonsText } from "@/lib/returns/settings-schema";
import { formKey } from "@/lib/forms/form-key";
import { IDLE } from "@/lib/forms/state";
import { FormStatus, fieldError, kept } from "@/components/forms/form-status";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

/** The Returns section of the business settings: window, reasons, who pays, approval, the public page. */
export function ReturnSettingsForm({ slug, settings, pageUrl, editable }: { slug: string; settings: ReturnSettings; pageUrl: string; editable: boolean }) {
  const t = useTranslations("returnsPage.settings");
  const [state, action] = useActionState(updateReturnSettingsAction.bind(null, slug), IDLE);
  const checked = (name: "returnsNeedApproval" | "returnsPageEnabled") => (state.status === "error" ? state.values[name] === "on" : settings[name]);
  const reasonsError = fieldError(state, "returnReasons");
  return (
    <form key={formKey(state)} action={action} className="space-y-5" noValidate>
      <h2 className="text-base font-semibold text-zinc-900">{t("title")}</h2>
      <FormStatus state={state} />
      <fieldset className="space-y-4" disabled={!editable}>
        <legend className="sr-only">{t("title")}</legend>
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" name="returnsPageEnabled" defaultChecked={checked("returnsPageEnabled")} className="mt-0.5 h-4 w-4" />
          <span>
            {t("pageEnabled")}
            <span className="block text-xs text-zinc-500">{t("pageEnabledHelp")}</span>
          </span>
        </label>
        <div className="space-y-1.5">
          <p className="text-sm font-medium text-zinc-800">{t("pageAddress")}</p>
          <input readOnly value={pageUrl} aria-label={t("pageAddress")} data-testid="returns-page-url" className="w-full rounded-md border border-zinc-300 bg-zinc-50 px-3 py-2 font-mono text-sm" onFocus={(e) => e.currentTarget.select()} />
          <p className="text-xs text-zinc-500">{t("pageAddressHelp")}</p>
        </div>
        <TextField
          label={t("windowDays")}
          hint={t("windowDaysHelp", { max: RETURN_WINDOW_MAX_DAYS })}
          name="returnWindowDays"
          inputMode="numeric"
          defaultValue={kept(state, "returnWindowDays", String(settings.returnWindowDays))}
          error={fieldError(state, "returnWindowDays")}
        />
        <div className="space-y-1.5">
          <label htmlFor="returnReasons" className="block text-sm font-medium text-zinc-800">
            {t("reasons")}
          </label>
          <textarea
            id="returnReasons"
            name="returnReasons"
            rows={6}
            defaultValue={kept(state, "returnReasons", reasonsText(settings.returnReasons))}
            aria-invalid={reasonsError ? true : undefined}
            aria-describedby="returnReasons-help"
            className="w-full rounded-md border border-zinc-300 px-3 py-2 text-sm"
          />
          <p id="returnReasons-help" className="text-xs text-zinc-500">
            {t("reasonsHelp")}
          </p>
          {reasonsError && <p className="text-sm text-red-700">{reasonsError}</p>}
        </div>
        <SelectField label={t("payer")} name="returnPayer" defaultValue={kept(state, "returnPayer", settings.returnPayer)} error={fieldError(state, "returnPayer")} hint={t("payerHelp")}>
          <option value="BUSINESS">{t("payerBusiness")}</option>
          <option value="CUSTOMER">{t("payerCustomer")}</option>
        </SelectField>
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" name="returnsNeedApproval" defaultChecked={checked("returnsNeedApproval")} className="mt-0.5 h-4 w-4" />
          <span>
            {t("needApproval")}
            <span className="block text-xs text-zinc-500">{t("needApprovalHelp")}</span>
          </span>
        </label>
      </fieldset>
      {editable && <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>}
    </form>
  );
}
