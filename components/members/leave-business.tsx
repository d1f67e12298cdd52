"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { leaveBusinessAction } from "@/app/b/[business]/members/actions";
import { IDLE } from "@/lib/forms/state";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/ui/submit-button";

export function LeaveBusiness({ slug, business }: { slug: string; business: string }) {
  const t = useTranslations("members");
  const [state, action] = useActionState(leaveBusinessAction.bind(null, slug), IDLE);
  return (
    <form
      action={action}
      className="space-y-3"
      onSubmit={(e) => {
        if (!window.confirm(t("confirmLeave", { business }))) e.preventDefault();
      }}
    >
      <FormStatus state={state} />
      <SubmitButton variant="danger">{t("leave", { business })}</SubmitButton>
    </form>
  );
}
