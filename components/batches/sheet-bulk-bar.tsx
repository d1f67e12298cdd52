"use client";

import { useTranslations } from "next-intl";
import type { SheetColumn } from "@/lib/batches/paste";
import { Button } from "@/components/ui/button";
import { COLUMNS } from "./sheet-columns";
import { PickAndApply } from "./pick-and-apply";

/**
 * What can be done to the selected rows at once: one service, one template, a column filled down
 * from the first selected row, or removal.
 */
export function SheetBulkBar(props: {
  count: number;
  busy: boolean;
  services: { code: string; name: string }[];
  templates: { id: string; name: string }[];
  labels: Record<SheetColumn, string>;
  onService: (code: string) => void;
  onTemplate: (id: string) => void;
  onFillDown: (key: SheetColumn) => void;
  onRemove: () => void;
}) {
  const t = useTranslations("batches");
  return (
    <div role="group" aria-label={t("selectedCount", { count: props.count })} className="flex flex-wrap items-end gap-x-4 gap-y-2 rounded-md bg-zinc-50 p-3 text-sm ring-1 ring-zinc-200">
      <p className="w-full font-semibold">{t("selectedCount", { count: props.count })}</p>
      {props.services.length > 0 ? (
        <PickAndApply id="bulk-service" label={t("bulkServiceLabel")} options={props.services.map((s) => ({ value: s.code, label: s.name }))} action={t("setService")} busy={props.busy} onApply={props.onService} />
      ) : (
        <p className="text-zinc-600">{t("rateForServices")}</p>
      )}
      {props.templates.length > 0 && (
        <PickAndApply id="bulk-template" label={t("templateForSelected")} options={props.templates.map((x) => ({ value: x.id, label: x.name }))} action={t("applyToSelected")} busy={props.busy} onApply={props.onTemplate} />
      )}
      <PickAndApply
        id="bulk-fill"
        label={t("fillDownColumn")}
        options={COLUMNS.map((c) => ({ value: c.key, label: props.labels[c.key] }))}
        initial="weight"
        action={t("fillDown")}
        busy={props.busy}
        onApply={props.onFillDown}
        describedBy="fill-down-hint"
      />
      <Button variant="danger" aria-disabled={props.busy || undefined} onClick={props.onRemove}>
        {t("removeSelected")}
      </Button>
      <p id="fill-down-hint" className="w-full text-xs text-zinc-600">
        {t("fillDownHint")}
      </p>
    </div>
  );
}
