"use client";

import { useTranslations } from "next-intl";
import { CONTENT_ITEM_LIMITS as L } from "@/lib/forms/limits";
import type { ContentItem } from "@/lib/shipments/draft";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";

function parse(value: string): ContentItem[] {
  try {
    const list = JSON.parse(value) as unknown;
    return Array.isArray(list) ? (list as ContentItem[]) : [];
  } catch {
    return [];
  }
}

const EMPTY: ContentItem = { description: "", sku: null, quantity: 1 };

/**
 * What the parcel holds (item, SKU, quantity): printed on its packing slip and offered to the
 * customer who returns it. Abroad, the customs items can be copied in.
 */
export function ContentsEditor({ rowId, fields, onChange, problems }: { rowId: string; fields: Record<string, string>; onChange: (patch: Record<string, string>) => void; problems: Record<string, string> }) {
  const t = useTranslations("packingSlips");
  const list = parse(fields.contents ?? "[]");
  const customs = parse(fields.customsItems ?? "[]").filter((item) => item.description);
  const set = (next: ContentItem[]) => onChange({ contents: JSON.stringify(next) });
  const edit = (i: number, patch: Partial<ContentItem>) => set(list.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  const cell = (i: number, f: keyof ContentItem) => problems[`contents.${i}.${f}`];
  return (
    <fieldset className="space-y-3">
      <legend className="mb-1 text-sm font-semibold">{t("contents.title")}</legend>
      <p className="text-xs text-zinc-600">{t("contents.help")}</p>
      {list.map((item, i) => (
        <div key={i} className="grid gap-3 rounded-md bg-zinc-50 p-3 sm:grid-cols-6" role="group" aria-label={t("contents.item", { n: i + 1 })}>
          <TextField className="sm:col-span-3" label={t("contents.description")} id={`${rowId}-content-${i}-description`} value={item.description} onChange={(e) => edit(i, { description: e.target.value })} error={cell(i, "description")} maxLength={L.description} />
          <TextField label={t("contents.sku")} id={`${rowId}-content-${i}-sku`} value={item.sku ?? ""} onChange={(e) => edit(i, { sku: e.target.value || null })} error={cell(i, "sku")} maxLength={L.sku} />
          <TextField
            label={t("contents.quantity")}
            id={`${rowId}-content-${i}-quantity`}
            inputMode="numeric"
            maxLength={String(L.quantity).length}
            value={item.quantity ? String(item.quantity) : ""}
            onChange={(e) => edit(i, { quantity: /^\d+$/.test(e.target.value) ? Number(e.target.value) : 0 })}
            error={cell(i, "quantity")}
          />
          <Button variant="ghost" onClick={() => set(list.filter((_, j) => j !== i))}>
            {t("contents.remove")}
          </Button>
        </div>
      ))}
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" onClick={() => set([...list, EMPTY])}>
          {t("contents.add")}
        </Button>
        {list.length === 0 && customs.length > 0 && (
          <Button variant="ghost" onClick={() => set(customs.map((c) => ({ description: c.description, sku: c.sku ?? null, quantity: c.quantity || 1 })))}>
            {t("contents.copyCustoms")}
          </Button>
        )}
      </div>
      {problems.contents && <p className="text-sm text-brand-700">{problems.contents}</p>}
    </fieldset>
  );
}
