import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { currentUser } from "@/lib/auth/session";
import { buttonClass } from "@/components/ui/button";
import { LocaleSwitcher } from "./locale-switcher";
import { Logo } from "./logo";

/** Header of the pages seen before choosing a business (landing, sign-in, invitations). */
export async function PublicHeader() {
  const t = await getTranslations("nav");
  const user = await currentUser();
  return (
    <header className="border-b border-zinc-200 bg-white">
      <div className="mx-auto flex max-w-5xl items-center justify-between gap-4 px-4 py-3">
        <Logo />
        <nav className="flex items-center gap-2" aria-label={t("main")}>
          <LocaleSwitcher />
          {user ? (
            <Link href="/start" className={buttonClass("secondary")}>
              {t("myBusinesses")}
            </Link>
          ) : (
            <>
              <Link href="/signin" className={buttonClass("ghost")}>
                {t("signIn")}
              </Link>
              <Link href="/signup" className={buttonClass("primary")}>
                {t("signUp")}
              </Link>
            </>
          )}
        </nav>
      </div>
    </header>
  );
}
