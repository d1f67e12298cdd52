import type { ReactNode } from "react";

/**
 * The top of a business page: its one `h1`, an optional lead sentence under it, and the page's
 * actions (links, buttons) on the right, wrapping under the title on narrow screens.
 */
export function PageHeader({ title, description, actions }: { title: ReactNode; description?: ReactNode; actions?: ReactNode }) {
  const heading = <h1 className="text-2xl font-bold">{title}</h1>;
  const titled = description ? (
    <div>
      {heading}
      <p className="mt-1 max-w-3xl text-sm text-zinc-600">{description}</p>
    </div>
  ) : (
    heading
  );
  if (!actions) return titled;
  return (
    <div className="flex flex-wrap items-center justify-between gap-3">
      {titled}
      <div className="flex flex-wrap items-start gap-2">{actions}</div>
    </div>
  );
}
