/** The steps to be ready to ship, shown on the overview only while one is left. */
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";

export interface SetupStep {
  key: "profile" | "locations" | "contacts" | "templates";
  done: boolean;
  href: string;
  /** How many are stored (locations, contacts, templates). */
  count?: number;
}

export async function SetupChecklist({ slug, steps }: { slug: string; steps: SetupStep[] }) {
  const t = await getTranslations("overview");
  if (steps.every((s) => s.done)) return null;
  return (
    <section aria-labelledby="setup-title" className="rounded-lg bg-amber-50 px-5 py-4 ring-1 ring-amber-200">
      <h2 id="setup-title" className="text-base font-semibold text-zinc-900">
        {t("setupTitle")}
      </h2>
      <ul className="mt-2 grid gap-2 text-sm sm:grid-cols-2">
        {steps.map((step) => (
          <li key={step.key} className="flex items-start gap-2">
            <span aria-hidden="true" className={step.done ? "text-emerald-700" : "text-zinc-500"}>
              {step.done ? "✓" : "○"}
            </span>
            <span>
              <Link href={`/b/${slug}/${step.href}`} className="font-medium text-brand-700 underline">
                {t(`setup.${step.key}.title`)}
              </Link>{" "}
              <span className="text-zinc-700">{!step.done ? t(`setup.${step.key}.todo`) : step.count !== undefined ? t(`setup.${step.key}.count`, { count: step.count }) : t("setup.done")}</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
