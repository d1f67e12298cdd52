/**
 * A local webhook receiver for tests, on 127.0.0.1 and a free port: it keeps every request (raw
 * body and headers) and answers with the status the test chooses for each one.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface Received {
  body: string;
  headers: http.IncomingHttpHeaders;
  json: { id: string; type: string; created: number; livemode: boolean; data: { object: Record<string, unknown> } };
}

export interface Receiver {
  url: string;
  received: Received[];
  /** The status of the next answers, in order; then `otherwise`. */
  answer(statuses: number[], otherwise?: number): void;
  close(): Promise<void>;
}

export async function startReceiver(): Promise<Receiver> {
  const received: Received[] = [];
  let queue: number[] = [];
  let fallback = 200;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      received.push({ body, headers: req.headers, json: JSON.parse(body) as Received["json"] });
      res.writeHead(queue.shift() ?? fallback, { "content-type": "text/plain" }).end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/envoi/webhooks`,
    received,
    answer(statuses, otherwise = 200) {
      queue = [...statuses];
      fallback = otherwise;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
