import type { ReactNode } from "react";
import { cn } from "./cn";

const TONES = {
  error: "bg-brand-50 text-brand-800 ring-brand-600/20",
  success: "bg-emerald-50 text-emerald-800 ring-emerald-600/20",
  info: "bg-sky-50 text-sky-900 ring-sky-600/20",
  warning: "bg-amber-50 text-amber-900 ring-amber-600/20",
} as const;

/** A message box; errors are announced immediately, others politely. */
export function Alert({ tone = "info", children, className }: { tone?: keyof typeof TONES; children: ReactNode; className?: string }) {
  return (
    <div role={tone === "error" ? "alert" : "status"} className={cn("rounded-md px-4 py-3 text-sm ring-1 ring-inset", TONES[tone], className)}>
      {children}
    </div>
  );
}
