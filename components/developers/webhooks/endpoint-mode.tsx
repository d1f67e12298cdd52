import { getTranslations } from "@/lib/i18n/server";
import { Badge } from "@/components/ui/badge";

/** Whether an endpoint receives the live events or those of test API keys. */
export async function EndpointMode({ mode }: { mode: "LIVE" | "TEST" }) {
  const t = await getTranslations("webhooks.modes");
  return <Badge tone={mode === "LIVE" ? "brand" : "zinc"}>{t(mode)}</Badge>;
}
