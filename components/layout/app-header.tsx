import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/app/actions/sign-out";
import type { Role } from "@/lib/db/generated/enums";
import { can } from "@/lib/tenancy/roles";
import { BusinessSwitcher } from "./business-switcher";
import { LocaleSwitcher } from "./locale-switcher";
import { Logo } from "./logo";

/** Header of every business page: switcher, the business's sections, language, account, sign out. */
export async function AppHeader(props: {
  slug: string;
  role: Role;
  user: { name: string | null; email: string };
  businesses: { slug: string; name: string }[];
}) {
  const t = await getTranslations("nav");
  const base = `/b/${props.slug}`;
  const links = [
    { href: base, label: t("overview") },
    { href: `${base}/rates`, label: t("rates") },
    { href: `${base}/batches`, label: t("batches") },
    { href: `${base}/shipments`, label: t("shipments") },
    { href: `${base}/pickups`, label: t("pickups") },
    { href: `${base}/post-offices`, label: t("postOffices") },
    { href: `${base}/contacts`, label: t("contacts") },
    { href: `${base}/members`, label: t("members") },
    { href: `${base}/locations`, label: t("locations") },
    { href: `${base}/templates`, label: t("templates") },
    { href: `${base}/defaults`, label: t("defaults") },
    { href: `${base}/settings`, label: t("profile") },
    ...(can(props.role, "carriers.manage") ? [{ href: `${base}/settings/carriers`, label: t("carriers") }] : []),
    ...(can(props.role, "billing.manage") ? [{ href: `${base}/account`, label: t("businessAccount") }] : []),
    ...(can(props.role, "audit.read") ? [{ href: `${base}/audit`, label: t("audit") }] : []),
  ];
  return (
    <header className="border-b border-zinc-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <div className="flex items-center gap-3">
          <Logo href={base} />
          <span className="text-zinc-300" aria-hidden="true">/</span>
          <BusinessSwitcher current={props.slug} businesses={props.businesses} />
        </div>
        <div className="flex items-center gap-2">
          <LocaleSwitcher />
          <Link href="/account" className="rounded-md px-2 py-1 text-sm text-zinc-700 hover:bg-zinc-100" title={props.user.email}>
            {props.user.name || props.user.email}
          </Link>
          <form action={signOutAction}>
            <button type="submit" className="rounded-md px-2 py-1 text-sm font-medium text-zinc-700 hover:bg-zinc-100">
              {t("signOut")}
            </button>
          </form>
        </div>
      </div>
      <nav className="mx-auto flex max-w-6xl gap-1 overflow-x-auto px-4" aria-label={t("business")}>
        {links.map((l) => (
          <Link key={l.href} href={l.href} className="border-b-2 border-transparent px-3 py-2 text-sm font-medium text-zinc-600 hover:border-zinc-300 hover:text-zinc-900">
            {l.label}
          </Link>
        ))}
      </nav>
    </header>
  );
}
