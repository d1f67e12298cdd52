import type { ReactNode } from "react";

/** A section opened on demand (an item's edit form under its summary); works without script. */
export function Disclosure({ label, children }: { label: string; children: ReactNode }) {
  return (
    <details className="mt-2">
      <summary className="cursor-pointer text-sm font-medium text-brand-700">{label}</summary>
      <div className="mt-3">{children}</div>
    </details>
  );
}
