/** A local SMTP catcher for one test file: the app sends to it, tests read what arrived, parsed. */
import fs from "node:fs";
import path from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";
import { afterAll, beforeAll } from "vitest";
import { startMailCatcher, type MailCatcher } from "@/lib/email/catcher";

export const recipientOf = (m: ParsedMail) => (Array.isArray(m.to) ? m.to[0]!.text : (m.to?.text ?? ""));

export function mailCatcherForFile(label: string) {
  const dir = `.data/mail-${label}-${process.pid}`;
  let catcher: MailCatcher;
  beforeAll(async () => {
    catcher = await startMailCatcher({ dir });
    process.env.SMTP_URL = catcher.url;
  });
  afterAll(async () => {
    await catcher.stop();
    // Each run has its own folder (process id): nothing of it is needed after the file's tests.
    fs.rmSync(dir, { recursive: true, force: true });
  });
  /** Every message received so far, oldest first. */
  const mails = async (): Promise<ParsedMail[]> => {
    const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(".eml")).sort() : [];
    return Promise.all(files.map((f) => simpleParser(fs.readFileSync(path.join(dir, f)))));
  };
  return {
    dir,
    url: () => catcher.url,
    mails,
    to: async (address: string) => (await mails()).filter((m) => recipientOf(m) === address),
  };
}
