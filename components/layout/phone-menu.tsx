"use client";

import { usePathname } from "next/navigation";
import { useCallback, useRef, useState, type ReactNode } from "react";
import { currentHref, type SectionGroup, type SectionLink as Section } from "./business-sections";
import { Chevron, SectionLink } from "./section-link";
import { useDismiss } from "./use-dismiss";

/**
 * The business's sections on a phone: a "Menu" button opening a drawer under the header with every
 * group's links, then `account` (language, the user, sign out). Escape or a press outside closes it.
 */
export function PhoneMenu(props: { label: string; menuLabel: string; overview: Section; groups: SectionGroup[]; account: ReactNode }) {
  const pathname = usePathname();
  const current = currentHref(pathname, [props.overview.href, ...props.groups.flatMap((g) => g.links.map((l) => l.href))], props.overview.href);
  const [open, setOpen] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const close = useCallback((refocus: boolean) => {
    if (refocus) button.current?.focus();
    setOpen(false);
  }, []);
  useDismiss(open, container, close);

  const linkClass = "block rounded-md px-3 py-2 text-sm text-zinc-700 hover:bg-zinc-50 aria-[current=page]:bg-brand-50 aria-[current=page]:font-semibold aria-[current=page]:text-brand-800";
  return (
    <div ref={container} className="md:hidden">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls="phone-menu"
        onClick={() => setOpen(!open)}
        className="flex items-center gap-1 rounded-md px-2 py-1 text-sm font-medium text-zinc-700 ring-1 ring-inset ring-zinc-300 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-brand-700"
      >
        {props.menuLabel}
        <Chevron open={open} />
      </button>
      <div id="phone-menu" hidden={!open} className="absolute inset-x-0 top-full z-30 max-h-[calc(100dvh-4rem)] overflow-y-auto border-b border-zinc-200 bg-white px-4 pb-4 shadow-lg">
        <nav aria-label={props.label}>
          <SectionLink link={props.overview} current={current === props.overview.href} onFollow={() => setOpen(false)} className={`mt-2 ${linkClass}`} />
          {props.groups.map((group) => (
            <div key={group.id} className="mt-3">
              <p id={`phone-menu-${group.id}`} className="px-3 text-xs font-semibold uppercase tracking-wide text-zinc-600">
                {group.label}
              </p>
              <ul aria-labelledby={`phone-menu-${group.id}`}>
                {group.links.map((link) => (
                  <li key={link.href}>
                    <SectionLink link={link} current={current === link.href} onFollow={() => setOpen(false)} className={linkClass} />
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </nav>
        <div className="mt-3 flex flex-wrap items-center gap-2 border-t border-zinc-200 pt-3">{props.account}</div>
      </div>
    </div>
  );
}
