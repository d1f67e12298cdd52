"use client";

import { usePathname } from "next/navigation";
import { useCallback, useRef, useState } from "react";
import { cn } from "@/components/ui/cn";
import { currentHref, type SectionGroup, type SectionLink as Section } from "./business-sections";
import { Chevron, SectionLink } from "./section-link";
import { useDismiss } from "./use-dismiss";

/**
 * The business's sections on a wide screen: the overview, then one disclosure button per group
 * (Ship, Track, Address book, Settings) opening its links. One group is open at a time; Escape,
 * a press outside or moving focus out of the menu closes it.
 */
export function SectionsMenu({ label, overview, groups }: { label: string; overview: Section; groups: SectionGroup[] }) {
  const pathname = usePathname();
  const current = currentHref(pathname, [overview.href, ...groups.flatMap((g) => g.links.map((l) => l.href))], overview.href);
  const [open, setOpen] = useState<SectionGroup["id"] | null>(null);
  const nav = useRef<HTMLElement>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const close = useCallback(
    (refocus: boolean) => {
      if (refocus && open) buttons.current.get(open)?.focus();
      setOpen(null);
    },
    [open],
  );
  useDismiss(open !== null, nav, close);

  const tab = "flex items-center gap-1 border-b-2 px-3 py-2 text-sm font-medium hover:border-zinc-300 hover:text-zinc-900";
  return (
    <nav
      ref={nav}
      aria-label={label}
      className="mx-auto hidden max-w-6xl px-4 md:block"
      onBlur={(event) => {
        if (!nav.current?.contains(event.relatedTarget as Node | null)) setOpen(null);
      }}
    >
      <ul className="flex gap-1">
        <li>
          <SectionLink link={overview} current={current === overview.href} className={cn(tab, current === overview.href ? "border-brand-700 text-zinc-900" : "border-transparent text-zinc-600")} />
        </li>
        {groups.map((group) => {
          const isOpen = open === group.id;
          const holdsCurrent = group.links.some((l) => l.href === current);
          return (
            <li key={group.id} className="relative">
              <button
                type="button"
                ref={(el) => {
                  if (el) buttons.current.set(group.id, el);
                  else buttons.current.delete(group.id);
                }}
                aria-expanded={isOpen}
                aria-controls={`menu-${group.id}`}
                onClick={() => setOpen(isOpen ? null : group.id)}
                className={cn(tab, "focus-visible:outline-2 focus-visible:outline-offset-[-2px] focus-visible:outline-brand-700", holdsCurrent ? "border-brand-700 text-zinc-900" : "border-transparent text-zinc-600")}
              >
                {group.label}
                <Chevron open={isOpen} />
              </button>
              <ul id={`menu-${group.id}`} hidden={!isOpen} className="absolute left-0 top-full z-30 mt-1 min-w-52 rounded-md bg-white py-1 shadow-lg ring-1 ring-zinc-200">
                {group.links.map((link) => (
                  <li key={link.href}>
                    <SectionLink
                      link={link}
                      current={current === link.href}
                      onFollow={() => setOpen(null)}
                      className="block px-3 py-2 text-sm text-zinc-700 hover:bg-zinc-50 hover:text-zinc-900 aria-[current=page]:font-semibold aria-[current=page]:text-brand-700"
                    />
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
