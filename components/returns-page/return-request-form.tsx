"use client";

import { useTranslations } from "next-intl";
import { FormStatus, fieldError, kept } from "@/components/forms/form-status";
import { controlClass, SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/forms/state";
import { CONTACT_MAX, itemField, quantityField, RETURN_NOTE_MAX } from "@/lib/returns-page/form-fields";
import type { ReturnableOrderView } from "@/lib/returns-page/page-state";

/**
 * Step 2: the items coming back (each checked, with how many), the reason, a note, the email for the
 * label and who pays. The order number and contact travel again so the server looks the order up anew.
 */
export function ReturnRequestForm({ action, order, form, slug, businessName }: { action: (data: FormData) => void; order: ReturnableOrderView; form: FormState; slug: string; businessName: string }) {
  const t = useTranslations("returnsPage.page");
  const submitted = form.status === "error";
  const itemsError = fieldError(form, "items");
  return (
    <form action={action} className="space-y-5" aria-labelledby="return-step-2" noValidate>
      <div role="status">
        <h2 id="return-step-2" className="text-lg font-semibold">
          {t("orderFound", { order: order.orderNumber })}
        </h2>
      </div>
      <FormStatus state={form} />
      <input type="hidden" name="step" value="request" />
      <input type="hidden" name="orderNumber" value={order.orderNumber} />
      <input type="hidden" name="contact" value={order.contact} />

      {order.items.length > 0 ? (
        <fieldset className="space-y-3" aria-describedby={itemsError ? "return-items-error" : undefined}>
          <legend className="text-sm font-medium text-zinc-800">{t("itemsLegend")}</legend>
          <p className="text-xs text-zinc-500">{t("itemsHelp")}</p>
          {order.items.map((item, i) => {
            const quantityError = fieldError(form, quantityField(i));
            return (
              <div key={i} className="flex flex-wrap items-center gap-3 rounded-md border border-zinc-200 p-3 text-sm">
                <label className="flex min-w-56 flex-1 items-center gap-2">
                  <input type="checkbox" name={itemField(i)} defaultChecked={submitted && form.values[itemField(i)] === "on"} className="size-4" />
                  <span>
                    {item.description}
                    {item.sku ? <span className="text-zinc-500"> ({item.sku})</span> : null}
                    <span className="text-zinc-500"> · {t("sent", { count: item.quantity })}</span>
                  </span>
                </label>
                {item.quantity > 1 ? (
                  <label className="flex items-center gap-2">
                    <span>{t("quantity", { item: item.description })}</span>
                    <input
                      type="number"
                      name={quantityField(i)}
                      min={1}
                      max={item.quantity}
                      defaultValue={kept(form, quantityField(i), "1")}
                      aria-invalid={quantityError ? true : undefined}
                      aria-describedby={quantityError ? `return-quantity-${i}-error` : undefined}
                      className={`${controlClass} w-20`}
                    />
                  </label>
                ) : (
                  <input type="hidden" name={quantityField(i)} value="1" />
                )}
                {quantityError && (
                  <p id={`return-quantity-${i}-error`} className="basis-full text-sm text-brand-700" role="alert">
                    {quantityError}
                  </p>
                )}
              </div>
            );
          })}
          {itemsError && (
            <p id="return-items-error" className="text-sm text-brand-700" role="alert">
              {itemsError}
            </p>
          )}
        </fieldset>
      ) : (
        <p className="text-sm text-zinc-700">{t("wholeParcel")}</p>
      )}

      <SelectField id="return-reason" name="reason" label={t("reason")} defaultValue={kept(form, "reason")} error={fieldError(form, "reason")} required>
        <option value="">{t("chooseReason")}</option>
        {order.reasons.map((r) => (
          <option key={r.code} value={r.code}>
            {r.label}
          </option>
        ))}
      </SelectField>

      <div className="space-y-1.5">
        <label htmlFor="return-note" className="block text-sm font-medium text-zinc-800">
          {t("note", { business: businessName })}
        </label>
        <textarea
          id="return-note"
          name="customerNote"
          rows={3}
          maxLength={RETURN_NOTE_MAX}
          defaultValue={kept(form, "customerNote")}
          aria-invalid={fieldError(form, "customerNote") ? true : undefined}
          aria-describedby={fieldError(form, "customerNote") ? "return-note-error" : undefined}
          className={controlClass}
        />
        {fieldError(form, "customerNote") && (
          <p id="return-note-error" className="text-sm text-brand-700" role="alert">
            {fieldError(form, "customerNote")}
          </p>
        )}
      </div>

      <TextField
        id="return-email"
        name="labelEmail"
        type="email"
        label={t("labelEmail")}
        hint={order.orderHasEmail ? t("labelEmailHelpOrder") : t("labelEmailHelpRequired")}
        defaultValue={kept(form, "labelEmail", order.emailPrefill)}
        error={fieldError(form, "labelEmail")}
        maxLength={CONTACT_MAX}
        autoComplete="email"
        required={!order.orderHasEmail}
      />

      <p className="rounded-md bg-zinc-50 px-4 py-3 text-sm text-zinc-800 ring-1 ring-inset ring-zinc-200" data-testid="return-payer">
        {order.customerPays ? t("deducted") : t("free")}
        {order.needsApproval ? ` ${t("approvalNote", { business: businessName })}` : ""}
      </p>

      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pendingLabel={t("sending")}>{order.needsApproval ? t("submitRequest") : t("submitIssue")}</SubmitButton>
        <a href={`/returns/${encodeURIComponent(slug)}`} className="text-sm text-brand-700 underline">
          {t("startOver")}
        </a>
      </div>
    </form>
  );
}
