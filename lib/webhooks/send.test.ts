import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendWebhook } from "./send";
import { verifyWebhookSignature } from "./signature";

const LOCAL = { allowLocal: true };
let server: http.Server;
let base = "";
const bodies: { path: string; body: string; signature: string }[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      bodies.push({ path: req.url ?? "", body: Buffer.concat(chunks).toString(), signature: String(req.headers["envoi-signature"]) });
      if (req.url === "/moved") res.writeHead(302, { location: `${base}/ok` }).end();
      else if (req.url === "/silent") return; // never answers
      else res.writeHead(req.url === "/ok" ? 204 : 500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const request = (path: string, extra: Partial<Parameters<typeof sendWebhook>[0]> = {}) => sendWebhook({ url: `${base}${path}`, body: '{"id":"evt_1"}', secret: "whsec_s", eventId: "evt_1", policy: LOCAL, ...extra });

describe("sending one webhook request", () => {
  it("posts the signed body; a 2xx answer is success, anything else a failure with its code", async () => {
    expect(await request("/ok")).toMatchObject({ ok: true, statusCode: 204, error: null });
    const sent = bodies.at(-1)!;
    expect(verifyWebhookSignature(sent.body, sent.signature, "whsec_s")).toBe(true);
    expect(await request("/broken")).toMatchObject({ ok: false, statusCode: 500, error: "HTTP 500" });
  });

  it("does not follow a redirect", async () => {
    const before = bodies.length;
    expect(await request("/moved")).toMatchObject({ ok: false, statusCode: 302, error: expect.stringMatching(/redirect .* not followed/) });
    expect(bodies.slice(before).map((b) => b.path)).toEqual(["/moved"]);
  });

  it("gives up on a receiver that does not answer in time", async () => {
    expect(await request("/silent", { timeoutMs: 300 })).toMatchObject({ ok: false, statusCode: null, error: "no answer within 0.3 s" });
  });

  it("in production never connects to a local address, even through a name that resolves to one", async () => {
    const before = bodies.length;
    const outcome = await request("/ok", { policy: { allowLocal: false } });
    expect(outcome).toMatchObject({ ok: false, statusCode: null, error: expect.stringMatching(/loopback/) });
    const rebinding = await sendWebhook({ url: "https://hooks.example.com/x", body: "{}", secret: "whsec_s", eventId: "evt_2", policy: { allowLocal: false }, resolve: async () => [{ address: "127.0.0.1", family: 4 }] });
    expect(rebinding).toMatchObject({ ok: false, error: expect.stringMatching(/127\.0\.0\.1 \(loopback\)/) });
    expect(bodies.length).toBe(before);
  });
});
