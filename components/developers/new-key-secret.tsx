"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/** A new key, shown once: the key itself, a copy button, and the warning that it will not be shown again. */
export function NewKeySecret({ secret }: { secret: string }) {
  const t = useTranslations("developers");
  const [copy, setCopy] = useState<"idle" | "copied" | "failed">("idle");
  return (
    <div className="space-y-3 rounded-md bg-amber-50 px-4 py-3 ring-1 ring-inset ring-amber-600/20" role="status" data-testid="new-api-key">
      <p className="text-sm font-semibold text-amber-900">{t("secretTitle")}</p>
      <p className="text-sm text-amber-900">{t("secretWarning")}</p>
      <div className="flex flex-wrap items-center gap-2">
        <input
          readOnly
          value={secret}
          aria-label={t("secretLabel")}
          onFocus={(e) => e.currentTarget.select()}
          className="min-w-0 flex-1 rounded-md bg-white px-3 py-2 font-mono text-sm ring-1 ring-inset ring-zinc-300"
        />
        <Button
          variant="secondary"
          onClick={() => {
            navigator.clipboard.writeText(secret).then(
              () => setCopy("copied"),
              () => setCopy("failed"),
            );
          }}
        >
          {copy === "copied" ? t("copied") : t("copy")}
        </Button>
      </div>
      {copy === "failed" && <p className="text-sm text-amber-900">{t("copyFailed")}</p>}
    </div>
  );
}
