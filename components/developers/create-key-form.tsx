"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { createApiKeyAction } from "@/app/b/[business]/developers/actions";
import { formKey } from "@/lib/forms/form-key";
import { API_KEY_LIMITS } from "@/lib/forms/limits";
import { IDLE } from "@/lib/forms/state";
import { FormStatus, fieldError, kept } from "@/components/forms/form-status";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { SecretShownOnce } from "./secret-shown-once";

/** Name, mode and access of a new key; after it is made, the key itself, once. */
export function CreateKeyForm({ slug }: { slug: string }) {
  const t = useTranslations("developers");
  const [state, action] = useActionState(createApiKeyAction.bind(null, slug), IDLE);
  return (
    <div className="space-y-4">
      {state.status === "ok" && state.secret && (
        <SecretShownOnce
          secret={state.secret}
          testId="new-api-key"
          texts={{ title: t("secretTitle"), warning: t("secretWarning"), label: t("secretLabel"), copy: t("copy"), copied: t("copied"), copyFailed: t("copyFailed") }}
        />
      )}
      <form key={formKey(state)} action={action} className="space-y-4" noValidate aria-label={t("createTitle")}>
        <FormStatus state={state} />
        <div className="grid gap-4 sm:grid-cols-[1fr_10rem_14rem_auto] sm:items-end">
          <TextField label={t("name")} name="name" maxLength={API_KEY_LIMITS.name} autoComplete="off" required defaultValue={kept(state, "name")} error={fieldError(state, "name")} />
          <SelectField label={t("mode")} name="apiKeyMode" defaultValue={kept(state, "apiKeyMode", "TEST")} error={fieldError(state, "apiKeyMode")}>
            <option value="TEST">{t("modes.TEST")}</option>
            <option value="LIVE">{t("modes.LIVE")}</option>
          </SelectField>
          <SelectField label={t("scope")} name="apiKeyScope" defaultValue={kept(state, "apiKeyScope", "FULL")} error={fieldError(state, "apiKeyScope")}>
            <option value="FULL">{t("scopes.FULL")}</option>
            <option value="READ">{t("scopes.READ")}</option>
            <option value="RATES">{t("scopes.RATES")}</option>
          </SelectField>
          <SubmitButton pendingLabel={t("creating")}>{t("create")}</SubmitButton>
        </div>
        <p className="text-xs text-zinc-500">{t("nameHint")}</p>
      </form>
    </div>
  );
}
