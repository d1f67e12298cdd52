"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { deleteLocationAction, makeDefaultLocationAction } from "@/app/b/[business]/locations/actions";
import { IDLE } from "@/lib/forms/state";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/ui/submit-button";

export function LocationActions({ slug, id, label, isDefault }: { slug: string; id: string; label: string; isDefault: boolean }) {
  const t = useTranslations("locations");
  const [defaultState, defaultAction] = useActionState(makeDefaultLocationAction.bind(null, slug), IDLE);
  const [deleteState, deleteAction] = useActionState(deleteLocationAction.bind(null, slug), IDLE);
  return (
    <div className="flex flex-col items-end gap-2">
      <div className="flex gap-2">
        {!isDefault && (
          <form action={defaultAction}>
            <input type="hidden" name="id" value={id} />
            <SubmitButton variant="secondary" aria-label={t("makeDefaultNamed", { name: label })}>
              {t("makeDefault")}
            </SubmitButton>
          </form>
        )}
        <form
          action={deleteAction}
          onSubmit={(e) => {
            if (!window.confirm(t("confirmDelete", { name: label }))) e.preventDefault();
          }}
        >
          <input type="hidden" name="id" value={id} />
          <SubmitButton variant="danger" aria-label={t("deleteNamed", { name: label })}>
            {t("delete")}
          </SubmitButton>
        </form>
      </div>
      <FormStatus state={defaultState} />
      <FormStatus state={deleteState} />
    </div>
  );
}
