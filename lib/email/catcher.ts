import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { SMTPServer } from "smtp-server";

export interface MailCatcher {
  port: number;
  url: string;
  stop(): Promise<void>;
}

/**
 * A local SMTP server for development and tests: accepts every message on 127.0.0.1 and writes it
 * as an .eml file into `dir`, where the dev mailbox page reads it. No AUTH and no STARTTLS, which
 * Auth.js's email provider needs against a local sink.
 */
export async function startMailCatcher(opts: { dir: string; port?: number }): Promise<MailCatcher> {
  fs.mkdirSync(opts.dir, { recursive: true });
  const server = new SMTPServer({
    disabledCommands: ["STARTTLS", "AUTH"],
    authOptional: true,
    logger: false,
    size: 25 * 1024 * 1024,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("error", callback);
      stream.on("end", () => {
        // Sortable by arrival: milliseconds since the epoch, zero-padded.
        const name = `${String(Date.now()).padStart(15, "0")}-${crypto.randomBytes(4).toString("hex")}.eml`;
        fs.writeFile(path.join(opts.dir, name), Buffer.concat(chunks), (err) => callback(err ?? null));
      });
    },
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, "127.0.0.1", () => {
      const address = server.server.address();
      resolve(typeof address === "object" && address ? address.port : 0);
    });
  });
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
