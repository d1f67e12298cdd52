import type { ReactNode } from "react";
import { cn } from "./cn";

export function Badge({ children, tone = "zinc" }: { children: ReactNode; tone?: "zinc" | "brand" | "emerald" | "amber" }) {
  const tones = {
    zinc: "bg-zinc-100 text-zinc-700 ring-zinc-500/20",
    brand: "bg-brand-50 text-brand-700 ring-brand-600/20",
    emerald: "bg-emerald-50 text-emerald-700 ring-emerald-600/20",
    amber: "bg-amber-50 text-amber-800 ring-amber-600/20",
  };
  return <span className={cn("inline-flex items-center rounded-md px-2 py-0.5 text-xs font-medium ring-1 ring-inset", tones[tone])}>{children}</span>;
}
