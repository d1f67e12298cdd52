"use client";

import Link from "next/link";
import { cn } from "@/components/ui/cn";
import type { SectionLink as Section } from "./business-sections";

/** One section of the business in the header's menus; the page being shown is marked. */
export function SectionLink({ link, current, className, onFollow }: { link: Section; current: boolean; className: string; onFollow?: () => void }) {
  return (
    <Link
      href={link.href}
      aria-current={current ? "page" : undefined}
      onClick={onFollow}
      className={cn("focus-visible:outline-2 focus-visible:outline-offset-[-2px] focus-visible:outline-brand-700", className)}
    >
      {link.label}
    </Link>
  );
}

export function Chevron({ open }: { open: boolean }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className={cn("h-4 w-4 text-zinc-500 transition-transform", open && "rotate-180")} fill="currentColor">
      <path d="M5.23 7.21a.75.75 0 011.06.02L10 11.06l3.71-3.83a.75.75 0 111.08 1.04l-4.25 4.39a.75.75 0 01-1.08 0L5.21 8.27a.75.75 0 01.02-1.06z" />
    </svg>
  );
}
