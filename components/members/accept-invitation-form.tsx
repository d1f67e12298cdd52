"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { acceptInvitationAction } from "@/app/invite/[token]/actions";
import { IDLE } from "@/lib/forms/state";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/ui/submit-button";

export function AcceptInvitationForm({ token, business }: { token: string; business: string }) {
  const t = useTranslations("invitation");
  const [state, action] = useActionState(acceptInvitationAction, IDLE);
  return (
    <form action={action} className="space-y-4">
      <FormStatus state={state} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton pendingLabel={t("joining")}>{t("join", { business })}</SubmitButton>
    </form>
  );
}
