import fs from "node:fs";
import path from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";
import { expect } from "@playwright/test";

const MAIL_DIR = path.resolve(".data/e2e/mail");

/**
 * Waits for the newest email to `to` whose subject matches, as received by the app's local mail
 * catcher (the same messages the dev mailbox page shows), and returns it parsed.
 */
export async function waitForEmail(to: string, subject: RegExp, timeoutMs = 15_000): Promise<ParsedMail> {
  let found: ParsedMail | undefined;
  await expect
    .poll(
      async () => {
        const files = fs.existsSync(MAIL_DIR) ? fs.readdirSync(MAIL_DIR).filter((f) => f.endsWith(".eml")).sort().reverse() : [];
        for (const file of files) {
          const raw = fs.readFileSync(path.join(MAIL_DIR, file));
          // Parsing is the slow part: only messages that name the address at all are parsed.
          if (!raw.toString("latin1").toLowerCase().includes(to.toLowerCase())) continue;
          const mail = await simpleParser(raw);
          const recipients = Array.isArray(mail.to) ? mail.to.map((a) => a.text).join(",") : (mail.to?.text ?? "");
          if (recipients.toLowerCase().includes(to.toLowerCase()) && subject.test(mail.subject ?? "")) {
            found = mail;
            return true;
          }
        }
        return false;
      },
      { timeout: timeoutMs, message: `an email to ${to} matching ${subject}` },
    )
    .toBe(true);
  return found!;
}

/** The first link in a message's text that starts with `prefix` (for example the app's URL). */
export function linkIn(mail: ParsedMail, pathPart: string): string {
  const match = (mail.text ?? "").match(new RegExp(`https?://\\S*${pathPart.replace(/[/]/g, "\\/")}\\S*`));
  if (!match) throw new Error(`No link containing ${pathPart} in: ${mail.text}`);
  return match[0];
}
