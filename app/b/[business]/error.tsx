"use client";

import { ErrorView } from "@/components/layout/error-view";

/** A business page that failed: the header stays, the page says why and offers to try again. */
export default function BusinessErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorView error={error} retry={retry} />;
}
