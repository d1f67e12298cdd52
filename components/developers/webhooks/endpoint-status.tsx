import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";

/** On, off, or turned off by Envoi because it kept failing. */
export function EndpointStatus({ enabled, disabledReason }: { enabled: boolean; disabledReason: string | null }) {
  const t = useTranslations("webhooks.status");
  if (enabled) return <Badge tone="emerald">{t("enabled")}</Badge>;
  return <Badge tone="amber">{disabledReason === "failing" ? t("failing") : t("disabled")}</Badge>;
}
