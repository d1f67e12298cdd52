"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { setUnitsAction } from "@/app/b/[business]/templates/actions";
import { IDLE } from "@/lib/forms/state";
import { cn } from "@/components/ui/cn";

/** Metric / imperial for this member: two buttons, the current one pressed. */
export function UnitsSwitch({ slug, units }: { slug: string; units: "METRIC" | "IMPERIAL" }) {
  const t = useTranslations("units");
  const [, action] = useActionState(setUnitsAction.bind(null, slug), IDLE);
  return (
    <form action={action} className="inline-flex rounded-md ring-1 ring-zinc-300" role="group" aria-label={t("label")}>
      {(["METRIC", "IMPERIAL"] as const).map((u) => (
        <button
          key={u}
          type="submit"
          name="units"
          value={u}
          aria-pressed={units === u}
          className={cn("px-3 py-1.5 text-sm font-medium first:rounded-l-md last:rounded-r-md", units === u ? "bg-zinc-900 text-white" : "bg-white text-zinc-700 hover:bg-zinc-50")}
        >
          {t(u)}
        </button>
      ))}
    </form>
  );
}
