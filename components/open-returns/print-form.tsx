"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { printOpenReturnAction, retireOpenReturnAction } from "@/app/b/[business]/returns/open/actions";
import { formKey } from "@/lib/forms/form-key";
import { NUMBER_TEXT_MAX } from "@/lib/forms/limits";
import { IDLE } from "@/lib/forms/state";
import { FormStatus, fieldError, kept } from "@/components/forms/form-status";
import { Alert } from "@/components/ui/alert";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

/**
 * "Print labels": how many (1 to 50, not more than the template has left) and the size. The print
 * id comes from the page, one per form shown: sent twice, the form issues its labels once.
 */
export function PrintForm({ slug, openReturnId, printId, remaining, defaultSize }: { slug: string; openReturnId: string; printId: string; remaining: number; defaultSize: "thermal4x6" | "letter" }) {
  const t = useTranslations("openReturns.print");
  const [state, action] = useActionState(printOpenReturnAction.bind(null, slug), IDLE);
  return (
    <form key={formKey(state)} action={action} className="space-y-4" noValidate aria-label={t("title")}>
      <FormStatus state={state} />
      <input type="hidden" name="openReturnId" value={openReturnId} />
      <input type="hidden" name="printId" value={printId} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label={t("count")}
          name="count"
          id="print-count"
          inputMode="numeric"
          maxLength={NUMBER_TEXT_MAX}
          defaultValue={kept(state, "count", "1")}
          error={fieldError(state, "count")}
          hint={t("countHelp", { max: Math.min(50, remaining) })}
        />
        <SelectField label={t("size")} name="size" id="print-size" defaultValue={kept(state, "size", defaultSize)} error={fieldError(state, "size")}>
          <option value="thermal4x6">{t("sizes.thermal4x6")}</option>
          <option value="letter">{t("sizes.letter")}</option>
        </SelectField>
      </div>
      <SubmitButton pendingLabel={t("printing")}>{t("submit")}</SubmitButton>
    </form>
  );
}

/** "Retire" after a confirmation: the template issues no more labels (those issued stay valid). */
export function RetireButton({ slug, openReturnId }: { slug: string; openReturnId: string }) {
  const t = useTranslations("openReturns.retire");
  const [state, action] = useActionState(retireOpenReturnAction.bind(null, slug), IDLE);
  const problem = fieldError(state, "openReturnId");
  return (
    <form
      action={action}
      className="flex flex-col items-start gap-2"
      onSubmit={(e) => {
        if (!window.confirm(t("confirm"))) e.preventDefault();
      }}
    >
      <input type="hidden" name="openReturnId" value={openReturnId} />
      <SubmitButton variant="danger">{t("submit")}</SubmitButton>
      {problem ? <Alert tone="error">{problem}</Alert> : <FormStatus state={state} />}
    </form>
  );
}
