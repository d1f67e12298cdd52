"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { deleteTemplateAction } from "@/app/b/[business]/templates/actions";
import { IDLE } from "@/lib/forms/state";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/ui/submit-button";

export function DeleteTemplate({ slug, id, name }: { slug: string; id: string; name: string }) {
  const t = useTranslations("templates");
  const [state, action] = useActionState(deleteTemplateAction.bind(null, slug), IDLE);
  return (
    <form
      action={action}
      onSubmit={(e) => {
        if (!window.confirm(t("confirmDelete", { name }))) e.preventDefault();
      }}
    >
      <input type="hidden" name="id" value={id} />
      <SubmitButton variant="danger" aria-label={t("deleteNamed", { name })}>
        {t("delete")}
      </SubmitButton>
      <FormStatus state={state} />
    </form>
  );
}
