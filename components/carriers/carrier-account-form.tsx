"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { saveCarrierAccountAction } from "@/app/b/[business]/settings/carriers/actions";
import { CARRIER_ACCOUNT_LIMITS } from "@/lib/carriers/accounts/schema";
import { formKey } from "@/lib/forms/form-key";
import { IDLE } from "@/lib/forms/state";
import { FormStatus, fieldError, kept } from "@/components/forms/form-status";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { CarrierModeField, type CarrierMode } from "./carrier-mode-field";

/** What the form shows of a saved account: never a credential, only the user name's last characters. */
export interface SavedCarrierAccount {
  mode: CarrierMode;
  usernameHint: string;
  customerNumber: string;
  contractNumber: string | null;
  moboCustomerNumber: string | null;
}

/** The customer and contract numbers are up to 10 digits (spaces and dashes are dropped on save). */
const NUMBER_MAX = 10;

/**
 * Connects or changes the business's Canada Post account: the API key (user name and password),
 * the customer number, an optional contract and mailed-on-behalf-of customer, sandbox or
 * production. The password field is always empty: a saved one is kept when it is left so.
 */
export function CarrierAccountForm({ slug, account }: { slug: string; account?: SavedCarrierAccount }) {
  const t = useTranslations("carriers.form");
  const [state, formAction] = useActionState(saveCarrierAccountAction.bind(null, slug), IDLE);
  const prefix = account ? "carrier-edit" : "carrier-new";
  const number = (name: "customerNumber" | "contractNumber" | "moboCustomerNumber") => (
    <TextField
      id={`${prefix}-${name}`}
      name={name}
      label={t(name)}
      hint={t(`${name}Hint`)}
      defaultValue={kept(state, name, account?.[name] ?? "")}
      error={fieldError(state, name)}
      maxLength={NUMBER_MAX}
      inputMode="numeric"
      autoComplete="off"
    />
  );
  return (
    <form key={formKey(state)} action={formAction} className="space-y-4" noValidate aria-label={account ? t("save") : t("connect")}>
      <FormStatus state={state} />
      <CarrierModeField idPrefix={prefix} value={kept(state, "mode", account?.mode ?? "SANDBOX")} error={fieldError(state, "mode")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id={`${prefix}-username`}
          name="username"
          label={t("username")}
          hint={account ? t("usernameAgainHint", { hint: `…${account.usernameHint}` }) : t("usernameHint")}
          defaultValue={kept(state, "username")}
          error={fieldError(state, "username")}
          maxLength={CARRIER_ACCOUNT_LIMITS.username}
          autoComplete="off"
          spellCheck={false}
        />
        {/* Never prefilled: the saved password does not leave the server. */}
        <TextField
          id={`${prefix}-password`}
          name="password"
          type="password"
          label={t("password")}
          hint={account ? t("passwordKeepHint") : t("passwordHint")}
          defaultValue=""
          error={fieldError(state, "password")}
          maxLength={CARRIER_ACCOUNT_LIMITS.password}
          autoComplete="new-password"
        />
        {number("customerNumber")}
        {number("contractNumber")}
        {number("moboCustomerNumber")}
      </div>
      <SubmitButton pendingLabel={t("saving")}>{account ? t("save") : t("connect")}</SubmitButton>
    </form>
  );
}
