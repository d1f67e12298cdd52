import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { readDevMail } from "@/lib/email/dev-mailbox";
import { Card } from "@/components/ui/card";

export const dynamic = "force-dynamic";

export default async function DevMailPage({ params }: { params: Promise<{ id: string }> }) {
  const message = await readDevMail((await params).id);
  if (!message) notFound();
  const t = await getTranslations("mailbox");
  const format = await getFormatter();
  return (
    <main id="main" className="mx-auto max-w-4xl space-y-4 px-4 py-10">
      <Link href="/dev/mailbox" className="text-sm text-brand-700 underline">{t("back")}</Link>
      <h1 className="text-2xl font-bold">{message.subject}</h1>
      <dl className="grid grid-cols-[6rem_1fr] gap-1 text-sm">
        <dt className="text-zinc-500">{t("from")}</dt><dd>{message.from}</dd>
        <dt className="text-zinc-500">{t("to")}</dt><dd>{message.to}</dd>
        <dt className="text-zinc-500">{t("date")}</dt><dd>{format.dateTime(message.receivedAt, "long")}</dd>
        {message.attachments.length > 0 && (<><dt className="text-zinc-500">{t("attachments")}</dt><dd>{message.attachments.map((a) => `${a.filename} (${a.contentType})`).join(", ")}</dd></>)}
      </dl>
      {message.html && (
        <Card title="HTML">
          {/* The message's own HTML, isolated: no scripts, no access to this page. */}
          <iframe title={message.subject} sandbox="allow-popups allow-top-navigation-by-user-activation" srcDoc={message.html} className="h-[28rem] w-full rounded border border-zinc-200 bg-white" />
        </Card>
      )}
      <Card title={t("text")}>
        <pre className="whitespace-pre-wrap text-sm" data-testid="mail-text">{message.text}</pre>
      </Card>
    </main>
  );
}
