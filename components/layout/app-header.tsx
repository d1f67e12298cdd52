import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { signOutAction } from "@/app/actions/sign-out";
import type { Role } from "@/lib/db/generated/enums";
import { BusinessSwitcher } from "./business-switcher";
import { businessSections } from "./business-sections";
import { LocaleSwitcher } from "./locale-switcher";
import { Logo } from "./logo";
import { PhoneMenu } from "./phone-menu";
import { SectionsMenu } from "./sections-menu";

/**
 * Header of every business page: switcher, the business's sections grouped in a menu (a drawer on
 * phones), language, account, sign out.
 */
export async function AppHeader(props: {
  slug: string;
  role: Role;
  user: { name: string | null; email: string };
  businesses: { slug: string; name: string }[];
  /** Ships under a contract: end-of-day manifests in the menu. */
  contract?: boolean;
}) {
  const t = await getTranslations("nav");
  const { overview, groups } = businessSections(props.slug, props.role, (key) => t(key), { contract: props.contract ?? false });
  const account = (
    <>
      <LocaleSwitcher />
      <Link href="/account" className="rounded-md px-2 py-1 text-sm text-zinc-700 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-brand-700" title={props.user.email}>
        {props.user.name || props.user.email}
      </Link>
      <form action={signOutAction}>
        <button type="submit" className="rounded-md px-2 py-1 text-sm font-medium text-zinc-700 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-brand-700">
          {t("signOut")}
        </button>
      </form>
    </>
  );
  return (
    <header className="relative border-b border-zinc-200 bg-white">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-3 px-4 py-3">
        <div className="flex min-w-0 items-center gap-2 md:gap-3">
          <Logo href={overview.href} />
          <span className="text-zinc-500" aria-hidden="true">/</span>
          <BusinessSwitcher current={props.slug} businesses={props.businesses} />
        </div>
        <div className="hidden items-center gap-2 md:flex">{account}</div>
        <PhoneMenu label={t("business")} menuLabel={t("menu")} overview={overview} groups={groups} account={account} />
      </div>
      <SectionsMenu label={t("business")} overview={overview} groups={groups} />
    </header>
  );
}
