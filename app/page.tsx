import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { currentUser } from "@/lib/auth/session";
import { PublicHeader } from "@/components/layout/public-header";
import { buttonClass } from "@/components/ui/button";

export default async function LandingPage() {
  if (await currentUser()) redirect("/start");
  const t = await getTranslations("landing");
  const points = ["compare", "batch", "print", "team"] as const;
  return (
    <>
      <PublicHeader />
      <main id="main" className="mx-auto max-w-5xl px-4 py-16">
        <h1 className="max-w-2xl text-4xl font-bold tracking-tight text-zinc-900">{t("title")}</h1>
        <p className="mt-4 max-w-2xl text-lg text-zinc-600">{t("lead")}</p>
        <div className="mt-8 flex gap-3">
          <Link href="/signup" className={buttonClass("primary")}>
            {t("cta")}
          </Link>
          <Link href="/signin" className={buttonClass("secondary")}>
            {t("signIn")}
          </Link>
        </div>
        <ul className="mt-14 grid gap-6 sm:grid-cols-2">
          {points.map((p) => (
            <li key={p} className="rounded-lg bg-white p-5 ring-1 ring-zinc-200">
              <h2 className="font-semibold">{t(`points.${p}.title`)}</h2>
              <p className="mt-1 text-sm text-zinc-600">{t(`points.${p}.text`)}</p>
            </li>
          ))}
        </ul>
      </main>
    </>
  );
}
