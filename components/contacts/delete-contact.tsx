"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { deleteContactAction } from "@/app/b/[business]/contacts/actions";
import { IDLE } from "@/lib/forms/state";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/ui/submit-button";

export function DeleteContact({ slug, id, name }: { slug: string; id: string; name: string }) {
  const t = useTranslations("contacts");
  const [state, action] = useActionState(deleteContactAction.bind(null, slug), IDLE);
  return (
    <form
      action={action}
      className="space-y-2"
      onSubmit={(e) => {
        if (!window.confirm(t("confirmDelete", { name }))) e.preventDefault();
      }}
    >
      <FormStatus state={state} />
      <input type="hidden" name="id" value={id} />
      <SubmitButton variant="danger">{t("delete")}</SubmitButton>
    </form>
  );
}
