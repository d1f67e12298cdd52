import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { devMailboxDir, listDevMail } from "@/lib/email/dev-mailbox";
import { Card } from "@/components/ui/card";

export const dynamic = "force-dynamic";

/** Development only: every email the local mail catcher received (sign-in links, invitations). */
export default async function DevMailboxPage() {
  if (!devMailboxDir()) notFound();
  const t = await getTranslations("mailbox");
  const format = await getFormatter();
  const messages = await listDevMail();
  return (
    <main id="main" className="mx-auto max-w-4xl space-y-4 px-4 py-10">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-sm text-zinc-600">{t("help")}</p>
      <Card>
        {messages.length === 0 ? (
          <p className="text-sm text-zinc-500">{t("empty")}</p>
        ) : (
          <ul className="divide-y divide-zinc-100">
            {messages.map((m) => (
              <li key={m.id} className="py-2">
                <Link href={`/dev/mailbox/${m.id}`} className="flex flex-wrap justify-between gap-2 text-sm hover:underline">
                  <span>
                    <span className="font-medium">{m.subject}</span> <span className="text-zinc-500">→ {m.to}</span>
                  </span>
                  <time className="text-xs text-zinc-500">{format.dateTime(m.receivedAt, "long")}</time>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </main>
  );
}
