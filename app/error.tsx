"use client";

import { ErrorView } from "@/components/layout/error-view";

/** Any page that failed (including a business's header and switcher): a translated message and a retry. */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <main>
      <ErrorView error={error} retry={retry} />
    </main>
  );
}
