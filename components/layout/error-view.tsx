"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { reachedAsServerBusy } from "@/lib/server-busy";
import { Button } from "@/components/ui/button";

/**
 * What an error page shows: "the server is busy, try again" when the database could not answer in
 * time, otherwise a short apology; both with a button that loads the page again. Never a stack.
 */
export function ErrorView({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("errorPage");
  const busy = reachedAsServerBusy(error);
  useEffect(() => {
    if (!busy) console.error(error);
  }, [busy, error]);
  return (
    <div role="alert" className="mx-auto max-w-md px-4 py-24 text-center">
      <h1 className="text-2xl font-bold">{busy ? t("busyTitle") : t("title")}</h1>
      <p className="mt-2 text-zinc-600">{busy ? t("busyText") : t("text")}</p>
      <Button className="mt-6" onClick={() => retry()}>
        {t("retry")}
      </Button>
    </div>
  );
}
