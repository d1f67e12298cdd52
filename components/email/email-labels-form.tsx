"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { emailLabelsAction } from "@/app/b/[business]/shipments/actions";
import { fieldError, FormStatus, kept } from "@/components/forms/form-status";
import { SelectField, TextField } from "@/components/ui/field";
import { EMAIL_LABELS_LIMITS } from "@/lib/forms/limits";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/forms/state";

/** Email the labels (a batch's, or one shipment's) to up to five addresses, in the chosen size. */
export function EmailLabelsForm(props: { slug: string; batchId?: string; shipmentId?: string; defaultTo: string; defaultFormat: "PDF_4X6" | "PDF_LETTER" }) {
  const t = useTranslations("tracking.emailLabels");
  const [state, action] = useActionState(emailLabelsAction.bind(null, props.slug), IDLE);
  return (
    <form action={action} className="space-y-3" aria-label={t("title")}>
      {props.batchId && <input type="hidden" name="batchId" value={props.batchId} />}
      {props.shipmentId && <input type="hidden" name="shipmentId" value={props.shipmentId} />}
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label={t("to")} name="to" type="text" inputMode="email" defaultValue={kept(state, "to", props.defaultTo)} hint={t("toHint")} error={fieldError(state, "to")} required maxLength={EMAIL_LABELS_LIMITS.to} />
        <SelectField label={t("format")} name="format" defaultValue={kept(state, "format", props.defaultFormat)}>
          <option value="PDF_4X6">{t("formats.PDF_4X6")}</option>
          <option value="PDF_LETTER">{t("formats.PDF_LETTER")}</option>
        </SelectField>
      </div>
      <TextField label={t("note")} name="note" defaultValue={kept(state, "note")} maxLength={EMAIL_LABELS_LIMITS.note} error={fieldError(state, "note")} />
      <div className="flex items-center gap-3">
        <SubmitButton variant="secondary" pendingLabel={t("sending")}>
          {t("send")}
        </SubmitButton>
      </div>
      <FormStatus state={state} />
    </form>
  );
}
