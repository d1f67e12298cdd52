// client messages: import orders (the wizard's texts: ImportTexts)
import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import type { ImportTexts } from "./use-import-file";

/**
 * The numbered steps of an import, the current one marked (and named by `aria-current`), those
 * before it ticked. `through` marks the steps up to it as current too, for steps shown on one page.
 */
export function ImportSteps({ texts, steps, step, through = step }: { texts: ImportTexts; steps: readonly string[]; step: number; through?: number }) {
  const t = useTranslations(texts);
  return (
    <ol aria-label={t("steps.label")} className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
      {steps.map((name, i) => {
        const current = i >= step && i <= through;
        return (
          <li key={name} aria-current={i === step ? "step" : undefined} className={cn("flex items-center gap-2", current ? "font-semibold text-zinc-900" : "text-zinc-500")}>
            <span aria-hidden="true" className={cn("flex size-6 items-center justify-center rounded-full text-xs", current ? "bg-brand-700 text-white" : i < step ? "bg-emerald-100 text-emerald-800" : "bg-zinc-100")}>
              {i < step ? "✓" : i + 1}
            </span>
            {t(`steps.${name}`)}
          </li>
        );
      })}
    </ol>
  );
}
