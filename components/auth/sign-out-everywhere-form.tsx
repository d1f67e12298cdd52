"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { signOutEverywhereAction } from "@/app/account/actions";
import { IDLE } from "@/lib/forms/state";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/ui/submit-button";

/** "Sign out everywhere", after a confirmation: every session of the account ends, this one too. */
export function SignOutEverywhereForm() {
  const t = useTranslations("account");
  const [state, action] = useActionState(signOutEverywhereAction, IDLE);
  return (
    <form
      action={action}
      className="space-y-3"
      onSubmit={(e) => {
        if (!window.confirm(t("signOutEverywhereConfirm"))) e.preventDefault();
      }}
    >
      <FormStatus state={state} />
      <p className="text-sm text-zinc-600">{t("signOutEverywhereHelp")}</p>
      <SubmitButton variant="danger" pendingLabel={t("signingOut")}>
        {t("signOutEverywhere")}
      </SubmitButton>
    </form>
  );
}
