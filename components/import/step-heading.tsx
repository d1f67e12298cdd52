import { useEffect, useRef, type ReactNode } from "react";

/** A step's heading, focused when the step appears so a screen reader announces it. */
export function StepHeading({ children }: { children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <h2 ref={heading} tabIndex={-1} className="text-base font-semibold text-zinc-900 outline-none">
      {children}
    </h2>
  );
}
