"use client";

import { useTranslations } from "next-intl";
import { FormStatus, fieldError, kept } from "@/components/forms/form-status";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/forms/state";
import { CONTACT_MAX, ORDER_NUMBER_MAX } from "@/lib/returns-page/form-fields";

/** Step 1: the order number and the order's email or postal code. */
export function OrderLookupForm({ action, form }: { action: (data: FormData) => void; form: FormState }) {
  const t = useTranslations("returnsPage.page");
  return (
    <form action={action} className="space-y-4" aria-label={t("findTitle")} noValidate>
      <h2 className="text-lg font-semibold">{t("findTitle")}</h2>
      <FormStatus state={form} />
      <input type="hidden" name="step" value="lookup" />
      <TextField id="return-order" name="orderNumber" label={t("orderNumber")} hint={t("orderNumberHelp")} defaultValue={kept(form, "orderNumber")} error={fieldError(form, "orderNumber")} maxLength={ORDER_NUMBER_MAX} autoComplete="off" required />
      <TextField id="return-contact" name="contact" label={t("contact")} hint={t("contactHelp")} defaultValue={kept(form, "contact")} error={fieldError(form, "contact")} maxLength={CONTACT_MAX} autoComplete="email" required />
      <SubmitButton pendingLabel={t("finding")}>{t("find")}</SubmitButton>
    </form>
  );
}
