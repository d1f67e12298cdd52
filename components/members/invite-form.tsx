"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { inviteMemberAction } from "@/app/b/[business]/members/actions";
import { formKey } from "@/lib/forms/form-key";
import { IDLE } from "@/lib/forms/state";
import { FormStatus, fieldError, kept } from "@/components/forms/form-status";
import { SelectField, TextField } from "@/components/ui/field";
import { ACCOUNT_LIMITS } from "@/lib/forms/limits";
import { SubmitButton } from "@/components/ui/submit-button";

export function InviteForm({ slug, canInviteOwner }: { slug: string; canInviteOwner: boolean }) {
  const t = useTranslations("members");
  const roles = useTranslations("roles");
  const [state, action] = useActionState(inviteMemberAction.bind(null, slug), IDLE);
  return (
    <form key={formKey(state)} action={action} className="space-y-4" noValidate aria-label={t("inviteTitle")}>
      <FormStatus state={state} />
      <div className="grid gap-4 sm:grid-cols-[1fr_12rem_auto] sm:items-end">
        <TextField label={t("inviteEmail")} name="email" type="email" maxLength={ACCOUNT_LIMITS.email} autoComplete="off" required defaultValue={kept(state, "email")} error={fieldError(state, "email")} />
        <SelectField label={t("role")} name="role" defaultValue={kept(state, "role", "SHIPPER")} error={fieldError(state, "role")}>
          {canInviteOwner && <option value="OWNER">{roles("OWNER")}</option>}
          <option value="ADMIN">{roles("ADMIN")}</option>
          <option value="SHIPPER">{roles("SHIPPER")}</option>
          <option value="VIEWER">{roles("VIEWER")}</option>
        </SelectField>
        <SubmitButton pendingLabel={t("sending")}>{t("invite")}</SubmitButton>
      </div>
    </form>
  );
}
