"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { applyTemplateAction } from "@/app/b/[business]/batches/actions";
import { IDLE } from "@/lib/forms/state";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/ui/submit-button";

/** One template's size and weight for every row of the batch at once. */
export function ApplyTemplate({ slug, batchId, templates }: { slug: string; batchId: string; templates: { id: string; name: string }[] }) {
  const t = useTranslations("batches");
  const [state, action] = useActionState(applyTemplateAction.bind(null, slug), IDLE);
  if (templates.length === 0) return null;
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="batchId" value={batchId} />
      <label htmlFor={`apply-template-${batchId}`} className="sr-only">
        {t("templateForAll")}
      </label>
      <select id={`apply-template-${batchId}`} name="templateId" className="rounded-md bg-white px-2 py-2 text-sm ring-1 ring-zinc-300">
        {templates.map((tpl) => (
          <option key={tpl.id} value={tpl.id}>
            {tpl.name}
          </option>
        ))}
      </select>
      <SubmitButton variant="secondary">{t("applyToAll")}</SubmitButton>
      <FormStatus state={state} />
    </form>
  );
}
