"use client";

import { useTranslations } from "next-intl";
import { SecretShownOnce } from "../secret-shown-once";

/** An endpoint's signing secret, shown once (when the endpoint is added or its secret rolled). */
export function WebhookSecret({ secret }: { secret: string }) {
  const t = useTranslations("webhooks.secret");
  return <SecretShownOnce secret={secret} testId="webhook-secret" texts={{ title: t("title"), warning: t("once"), label: t("label"), copy: t("copy"), copied: t("copied"), copyFailed: t("copyFailed") }} />;
}
