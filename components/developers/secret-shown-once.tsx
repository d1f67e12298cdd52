"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

export interface SecretTexts {
  title: string;
  /** That it is shown this once and never again. */
  warning: string;
  /** The field's accessible name. */
  label: string;
  copy: string;
  copied: string;
  copyFailed: string;
}

/**
 * A secret shown once, just after it was made (a new API key, a webhook's signing secret): the
 * secret in a read-only field to select, a copy button, and the warning that it will not be shown
 * again. Texts come from the caller, in its own words and grammar.
 */
export function SecretShownOnce({ secret, texts, testId }: { secret: string; texts: SecretTexts; testId: string }) {
  const [copy, setCopy] = useState<"idle" | "copied" | "failed">("idle");
  return (
    <div className="space-y-3 rounded-md bg-amber-50 px-4 py-3 ring-1 ring-inset ring-amber-600/20" role="status" data-testid={testId}>
      <p className="text-sm font-semibold text-amber-900">{texts.title}</p>
      <p className="text-sm text-amber-900">{texts.warning}</p>
      <div className="flex flex-wrap items-center gap-2">
        <input
          readOnly
          value={secret}
          aria-label={texts.label}
          data-testid={`${testId}-value`}
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
          {copy === "copied" ? texts.copied : texts.copy}
        </Button>
      </div>
      {copy === "failed" && <p className="text-sm text-amber-900">{texts.copyFailed}</p>}
    </div>
  );
}
