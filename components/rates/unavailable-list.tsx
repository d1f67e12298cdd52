import { getTranslations } from "@/lib/i18n/server";
import type { PresentedUnavailable } from "@/lib/rates/present";

/** The services left out, each with its reasons ("Small Packet is limited to 2 kg"). */
export async function UnavailableList({ services }: { services: PresentedUnavailable[] }) {
  const t = await getTranslations("rates");
  if (services.length === 0) return null;
  return (
    <div className="mt-6">
      <h3 className="text-sm font-semibold text-zinc-900">{t("unavailableTitle")}</h3>
      <ul className="mt-2 space-y-1 text-sm text-zinc-600" aria-label={t("unavailableTitle")}>
        {services.map((s) => (
          <li key={s.serviceCode} data-testid={`unavailable-${s.serviceCode}`}>
            {t("unavailableRow", { service: s.serviceName, reasons: s.reasons.join(" ") })}
          </li>
        ))}
      </ul>
    </div>
  );
}
