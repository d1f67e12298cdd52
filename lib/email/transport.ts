import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";
import { oneLine } from "./layout";

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  html: string;
  attachments?: { filename: string; content: Buffer; contentType: string }[];
}

const globalForMail = globalThis as unknown as { envoiMailer?: Transporter };

function transporter(): Transporter {
  const url = env().SMTP_URL;
  if (!url) throw new Error("SMTP_URL is not set: no way to send email");
  globalForMail.envoiMailer ??= nodemailer.createTransport(url);
  return globalForMail.envoiMailer;
}

/**
 * Sends one message through SMTP_URL (the dev mail catcher under `npm run dev`). The subject is
 * made one line here, for every email: names typed by users appear in subjects.
 */
export async function sendEmail(message: OutgoingEmail): Promise<void> {
  const info = await transporter().sendMail({ from: env().MAIL_FROM, ...message, subject: oneLine(message.subject) });
  if (info.rejected.length > 0) {
    throw new Error(`The mail server rejected ${info.rejected.join(", ")}`);
  }
}
