import type { Role } from "@/lib/db/generated/enums";
import { can } from "@/lib/tenancy/roles";

export interface SectionLink {
  href: string;
  label: string;
}

export interface SectionGroup {
  id: "ship" | "track" | "addressBook" | "settings";
  label: string;
  links: SectionLink[];
}

type Translate = (key: string) => string;

/**
 * The business's sections, grouped as the header shows them; settings a role may not open are left
 * out (pages and actions check the role again).
 */
export function businessSections(slug: string, role: Role, t: Translate, business: { contract: boolean } = { contract: false }): { overview: SectionLink; groups: SectionGroup[] } {
  const base = `/b/${slug}`;
  const link = (path: string, key: string): SectionLink => ({ href: `${base}${path}`, label: t(key) });
  return {
    overview: link("", "overview"),
    groups: [
      { id: "ship", label: t("groups.ship"), links: [link("/batches", "batches"), ...(business.contract ? [link("/manifests", "manifests")] : []), link("/rates", "rates"), link("/templates", "templates"), link("/defaults", "defaults")] },
      { id: "track", label: t("groups.track"), links: [link("/shipments", "shipments"), link("/returns", "returns"), link("/pickups", "pickups"), link("/post-offices", "postOffices")] },
      { id: "addressBook", label: t("groups.addressBook"), links: [link("/contacts", "contacts"), link("/locations", "locations")] },
      {
        id: "settings",
        label: t("groups.settings"),
        links: [
          link("/settings", "profile"),
          link("/members", "members"),
          ...(can(role, "carriers.manage") ? [link("/settings/carriers", "carriers")] : []),
          ...(can(role, "billing.manage") ? [link("/account", "businessAccount")] : []),
          ...(can(role, "audit.read") ? [link("/audit", "audit")] : []),
          ...(can(role, "developers.manage") ? [link("/developers", "developers")] : []),
        ],
      },
    ],
  };
}

/**
 * The link of the page being shown: the one whose path is the longest prefix of `pathname`
 * (a batch is under Batches); the overview only on itself.
 */
export function currentHref(pathname: string, hrefs: string[], overviewHref: string): string | null {
  if (pathname === overviewHref) return overviewHref;
  let best: string | null = null;
  for (const href of hrefs) {
    if (href === overviewHref) continue;
    if ((pathname === href || pathname.startsWith(`${href}/`)) && (!best || href.length > best.length)) best = href;
  }
  return best;
}
