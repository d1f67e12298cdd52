"use client";
/**
 * A paid batch whose labels are still being bought and drawn (the purchase job): how many are
 * ready, and what failed if the job is retrying. The page is refreshed from the server every
 * moment until the batch is labelled (then this component is no longer rendered).
 */
import { useRouter } from "next/navigation";
import { useEffect } from "react";

export interface LabelsProgressProps {
  issued: number;
  total: number;
  progressText: string;
  /** What failed, when the job is retrying (then the page is refreshed less often). */
  retryingText: string | null;
}

export function LabelsProgress({ issued, total, progressText, retryingText }: LabelsProgressProps) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), retryingText ? 10_000 : 1_500);
    return () => clearInterval(timer);
  }, [router, retryingText]);
  return (
    <div className="mb-3 space-y-2" data-testid="labels-progress">
      <p role="status" aria-live="polite" className="text-sm text-zinc-700">
        {progressText}
      </p>
      <progress className="h-2 w-full accent-brand-700" max={total} value={issued} aria-hidden="true" />
      {retryingText && (
        <p role="alert" className="text-sm text-amber-800">
          {retryingText}
        </p>
      )}
    </div>
  );
}
