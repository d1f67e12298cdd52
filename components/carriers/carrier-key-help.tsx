import { getTranslations } from "@/lib/i18n/server";
import { Card } from "@/components/ui/card";

const CANADA_POST_SITE = "https://www.canadapost-postescanada.ca";

/**
 * How a business gets its Canada Post API keys (the Developer Program: a development key for the
 * sandbox, a production key for real labels, each a user name and a password).
 */
export async function CarrierKeyHelp() {
  const t = await getTranslations("carriers");
  const steps = ["step1", "step2", "step3", "step4", "step5"] as const;
  return (
    <Card title={t("help.title")}>
      <ol className="list-decimal space-y-1 pl-5 text-sm text-zinc-700">
        {steps.map((step) => (
          <li key={step}>{t(`help.${step}`)}</li>
        ))}
      </ol>
      <p className="mt-3 text-sm">
        <a href={CANADA_POST_SITE} className="text-brand-700 underline" target="_blank" rel="noopener">
          {t("help.website")}
        </a>
      </p>
    </Card>
  );
}
