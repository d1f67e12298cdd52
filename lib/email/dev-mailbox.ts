import fs from "node:fs/promises";
import path from "node:path";
import { simpleParser } from "mailparser";
import { env } from "@/lib/env";

export interface MailboxEntry {
  id: string;
  receivedAt: Date;
  to: string;
  subject: string;
}

export interface MailboxMessage extends MailboxEntry {
  from: string;
  text: string;
  html: string | null;
  attachments: { filename: string; contentType: string; size: number }[];
}

const ID = /^[0-9]{15}-[0-9a-f]{8}$/;

/** The dev mailbox exists only where the local mail catcher runs (DEV_MAILBOX_DIR is set). */
export function devMailboxDir(): string | null {
  return env().DEV_MAILBOX_DIR ?? null;
}

async function parse(dir: string, id: string) {
  const raw = await fs.readFile(/*turbopackIgnore: true*/ path.join(dir, `${id}.eml`));
  const mail = await simpleParser(raw);
  const to = Array.isArray(mail.to) ? mail.to.map((a) => a.text).join(", ") : (mail.to?.text ?? "");
  return { mail, to, receivedAt: new Date(Number(id.split("-")[0])) };
}

/** Messages the catcher received, newest first. */
export async function listDevMail(limit = 100): Promise<MailboxEntry[]> {
  const dir = devMailboxDir();
  if (!dir) return [];
  // The folder is set at run time (DEV_MAILBOX_DIR): nothing for the build to trace.
  const files = await fs.readdir(/*turbopackIgnore: true*/ dir).catch(() => [] as string[]);
  const ids = files
    .filter((f) => f.endsWith(".eml"))
    .map((f) => f.slice(0, -4))
    .filter((id) => ID.test(id))
    .sort()
    .reverse()
    .slice(0, limit);
  return Promise.all(
    ids.map(async (id) => {
      const { mail, to, receivedAt } = await parse(dir, id);
      return { id, receivedAt, to, subject: mail.subject ?? "" };
    }),
  );
}

export async function readDevMail(id: string): Promise<MailboxMessage | null> {
  const dir = devMailboxDir();
  if (!dir || !ID.test(id)) return null;
  try {
    const { mail, to, receivedAt } = await parse(dir, id);
    return {
      id,
      receivedAt,
      to,
      subject: mail.subject ?? "",
      from: mail.from?.text ?? "",
      text: mail.text ?? "",
      html: typeof mail.html === "string" ? mail.html : null,
      attachments: mail.attachments.map((a) => ({ filename: a.filename ?? "attachment", contentType: a.contentType, size: a.size })),
    };
  } catch {
    return null;
  }
}
