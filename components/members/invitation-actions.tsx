"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { revokeInvitationAction } from "@/app/b/[business]/members/actions";
import { IDLE } from "@/lib/forms/state";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/ui/submit-button";

export function RevokeInvitationButton({ slug, invitationId, email }: { slug: string; invitationId: string; email: string }) {
  const t = useTranslations("members");
  const [state, action] = useActionState(revokeInvitationAction.bind(null, slug), IDLE);
  return (
    <form action={action} className="flex flex-col items-end gap-2">
      <input type="hidden" name="invitationId" value={invitationId} />
      <SubmitButton variant="ghost" aria-label={t("revokeFor", { email })}>
        {t("revoke")}
      </SubmitButton>
      <FormStatus state={state} />
    </form>
  );
}
