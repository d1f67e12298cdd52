"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import type { SheetColumn } from "@/lib/batches/paste";
import { Button } from "@/components/ui/button";
import { COLUMNS } from "./sheet-columns";

const SELECT = "rounded-md bg-white px-2 py-1.5 text-sm ring-1 ring-zinc-300";

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
  const [service, setService] = useState(props.services[0]?.code ?? "");
  const [template, setTemplate] = useState(props.templates[0]?.id ?? "");
  const [column, setColumn] = useState<SheetColumn>("weight");
  return (
    <div role="group" aria-label={t("selectedCount", { count: props.count })} className="flex flex-wrap items-end gap-x-4 gap-y-2 rounded-md bg-zinc-50 p-3 text-sm ring-1 ring-zinc-200">
      <p className="w-full font-semibold">{t("selectedCount", { count: props.count })}</p>
      {props.services.length > 0 ? (
        <div className="flex items-center gap-2">
          <label htmlFor="bulk-service" className="sr-only">
            {t("bulkServiceLabel")}
          </label>
          <select id="bulk-service" className={SELECT} value={service} onChange={(e) => setService(e.target.value)}>
            {props.services.map((s) => (
              <option key={s.code} value={s.code}>
                {s.name}
              </option>
            ))}
          </select>
          <Button variant="secondary" aria-disabled={props.busy || undefined} onClick={() => props.onService(service)}>
            {t("setService")}
          </Button>
        </div>
      ) : (
        <p className="text-zinc-600">{t("rateForServices")}</p>
      )}
      {props.templates.length > 0 && (
        <div className="flex items-center gap-2">
          <label htmlFor="bulk-template" className="sr-only">
            {t("templateForSelected")}
          </label>
          <select id="bulk-template" className={SELECT} value={template} onChange={(e) => setTemplate(e.target.value)}>
            {props.templates.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
          </select>
          <Button variant="secondary" aria-disabled={props.busy || undefined} onClick={() => props.onTemplate(template)}>
            {t("applyToSelected")}
          </Button>
        </div>
      )}
      <div className="flex items-center gap-2">
        <label htmlFor="bulk-fill" className="sr-only">
          {t("fillDownColumn")}
        </label>
        <select id="bulk-fill" className={SELECT} value={column} onChange={(e) => setColumn(e.target.value as SheetColumn)}>
          {COLUMNS.map((c) => (
            <option key={c.key} value={c.key}>
              {props.labels[c.key]}
            </option>
          ))}
        </select>
        <Button variant="secondary" aria-disabled={props.busy || undefined} onClick={() => props.onFillDown(column)} aria-describedby="fill-down-hint">
          {t("fillDown")}
        </Button>
      </div>
      <Button variant="danger" aria-disabled={props.busy || undefined} onClick={props.onRemove}>
        {t("removeSelected")}
      </Button>
      <p id="fill-down-hint" className="w-full text-xs text-zinc-600">
        {t("fillDownHint")}
      </p>
    </div>
  );
}
