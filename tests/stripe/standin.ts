/**
 * A local stand-in for the parts of Stripe's API that Envoi uses, for tests and offline runs:
 * customers, Checkout sessions (create, retrieve with the payment intent expanded, expire), refunds,
 * a hosted payment page (pay, decline, go back), and signed webhooks to the app. The real Stripe SDK
 * talks to it (host/port/protocol options). Not a general mock: it answers what Envoi sends.
 */
import crypto from "node:crypto";
import http from "node:http";
import Stripe from "stripe";
import { parseFormBody } from "./form-body";

type Obj = Record<string, unknown>;

export interface StripeStandin {
  url: string;
  port: number;
  stop(): Promise<void>;
  sessions: Map<string, Obj>;
  intents: Map<string, Obj>;
  refunds: Map<string, Obj>;
  /** Every event sent (and its delivery status). */
  events: { event: Obj; status: number | null }[];
  /** Completes a session as paid (no browser), optionally without telling the app. */
  pay(sessionId: string, options?: { webhook?: boolean }): Promise<Obj>;
  /** Expires an open session and tells the app. */
  expire(sessionId: string, options?: { webhook?: boolean }): Promise<Obj>;
  /** Sends an event again (a redelivery). */
  redeliver(eventId: string): Promise<number>;
  /** Builds a signed webhook request body and header for any payload (for signature tests). */
  sign(payload: string, secret?: string): string;
}

const id = (prefix: string) => `${prefix}_${crypto.randomBytes(12).toString("hex")}`;

function stripeError(res: http.ServerResponse, status: number, message: string, code?: string) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify({ error: { type: status === 401 ? "authentication_error" : "invalid_request_error", message, code } }));
}

function json(res: http.ServerResponse, body: unknown, status = 200) {
  res.writeHead(status, { "content-type": "application/json", "request-id": id("req") });
  res.end(JSON.stringify(body));
}

function html(res: http.ServerResponse, body: string, status = 200) {
  res.writeHead(status, { "content-type": "text/html; charset=utf-8" });
  res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test payment page</title></head><body style="font-family:sans-serif;max-width:32rem;margin:3rem auto">${body}</body></html>`);
}

export async function startStripeStandin(opts: { webhookUrl: string; webhookSecret: string; port?: number }): Promise<StripeStandin> {
  const sessions = new Map<string, Obj>();
  const intents = new Map<string, Obj>();
  const refunds = new Map<string, Obj>();
  const customers = new Map<string, Obj>();
  const idempotent = new Map<string, unknown>();
  const events: { event: Obj; status: number | null }[] = [];
  const signer = new Stripe("sk_test_standin");
  let base = "";

  const sign = (payload: string, secret = opts.webhookSecret) => signer.webhooks.generateTestHeaderString({ payload, secret });

  async function deliver(entry: { event: Obj; status: number | null }): Promise<number> {
    const payload = JSON.stringify(entry.event);
    try {
      const r = await fetch(opts.webhookUrl, { method: "POST", headers: { "content-type": "application/json", "stripe-signature": sign(payload) }, body: payload });
      entry.status = r.status;
    } catch {
      entry.status = 0;
    }
    return entry.status;
  }

  async function emit(type: string, object: Obj, webhook = true) {
    const entry = { event: { id: id("evt"), object: "event", api_version: "2025-01-27.acacia", created: Math.floor(Date.now() / 1000), livemode: false, type, data: { object } }, status: null as number | null };
    events.push(entry);
    if (webhook) await deliver(entry);
  }

  function view(session: Obj, expand: boolean): Obj {
    const pi = session.payment_intent as string | null;
    return { ...session, payment_intent: expand && pi ? intents.get(pi) ?? pi : pi };
  }

  async function payNow(sessionId: string, webhook = true): Promise<Obj> {
    const session = sessions.get(sessionId);
    if (!session) throw new Error(`no session ${sessionId}`);
    if (session.status !== "open") return session;
    const intentId = (session.payment_intent as string | null) ?? id("pi");
    intents.set(intentId, { id: intentId, object: "payment_intent", amount: session.amount_total, amount_received: session.amount_total, currency: session.currency, status: "succeeded", metadata: (session.payment_intent_data as Obj | undefined)?.metadata ?? {}, last_payment_error: null, customer: session.customer });
    Object.assign(session, { status: "complete", payment_status: "paid", payment_intent: intentId });
    await emit("checkout.session.completed", view(session, false), webhook);
    return session;
  }

  async function expireNow(sessionId: string, webhook = true): Promise<Obj> {
    const session = sessions.get(sessionId);
    if (!session) throw new Error(`no session ${sessionId}`);
    if (session.status === "open") {
      session.status = "expired";
      await emit("checkout.session.expired", view(session, false), webhook);
    }
    return session;
  }

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", base || "http://127.0.0.1");
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    const path = url.pathname;
    try {
      // The hosted payment page (what the browser sees).
      const page = /^\/checkout\/(cs_[\w]+)(?:\/(pay|decline))?$/.exec(path);
      if (page) {
        const session = sessions.get(page[1]!);
        if (!session) return html(res, "<h1>This payment page does not exist</h1>", 404);
        if (req.method === "POST" && page[2] === "pay") {
          await payNow(session.id as string);
          res.writeHead(303, { location: String(session.success_url).replace("{CHECKOUT_SESSION_ID}", String(session.id)) });
          return res.end();
        }
        if (req.method === "POST" && page[2] === "decline") {
          const intentId = (session.payment_intent as string | null) ?? id("pi");
          session.payment_intent = intentId;
          intents.set(intentId, { id: intentId, object: "payment_intent", amount: session.amount_total, currency: session.currency, status: "requires_payment_method", last_payment_error: { code: "card_declined", decline_code: "insufficient_funds", message: "Your card has insufficient funds." }, metadata: {} });
          return html(res, `<h1>Your card was declined</h1><p>Try another card.</p><form method="post" action="/checkout/${session.id}/pay"><button>Pay with another card</button></form><p><a href="${session.cancel_url}">Back to Envoi</a></p>`);
        }
        if (session.status !== "open") return html(res, "<h1>This payment page has expired</h1>", 410);
        const amount = (Number(session.amount_total) / 100).toFixed(2);
        return html(
          res,
          `<h1>Test payment page</h1><p>Local Stripe stand-in. Amount: <strong data-testid="amount">$${amount} ${String(session.currency).toUpperCase()}</strong></p>
           <form method="post" action="/checkout/${session.id}/pay"><label>Card number <input name="card" value="4242 4242 4242 4242"></label> <button>Pay</button></form>
           <form method="post" action="/checkout/${session.id}/decline"><button>Use a card that is declined</button></form>
           <p><a href="${session.cancel_url}">Back to Envoi</a></p>`,
        );
      }
      // Test controls.
      if (path === "/_control/events") return json(res, events);
      const control = /^\/_control\/sessions\/(cs_[\w]+)\/(pay|expire)$/.exec(path);
      if (control && req.method === "POST") {
        const webhook = url.searchParams.get("webhook") !== "0";
        return json(res, control[2] === "pay" ? await payNow(control[1]!, webhook) : await expireNow(control[1]!, webhook));
      }

      // The API (what the SDK calls).
      if (!/^Bearer (sk|rk)_test_/.test(req.headers.authorization ?? "")) return stripeError(res, 401, "Invalid API Key provided");
      const key = req.headers["idempotency-key"];
      const memo = typeof key === "string" && req.method === "POST" ? `${path}|${key}` : null;
      if (memo && idempotent.has(memo)) return json(res, idempotent.get(memo));
      const body = parseFormBody(text);
      const asked = [(parseFormBody(url.search.slice(1)).expand as unknown), body.expand].flatMap((e) => (e && typeof e === "object" ? Object.values(e as Obj) : []));
      const expand = asked.map(String).includes("payment_intent");
      let out: unknown;
      if (req.method === "POST" && path === "/v1/customers") {
        out = { id: id("cus"), object: "customer", name: body.name ?? null, email: body.email ?? null, metadata: body.metadata ?? {} };
        customers.set((out as Obj).id as string, out as Obj);
      } else if (req.method === "POST" && path === "/v1/checkout/sessions") {
        const items = (body.line_items as Obj[] | undefined) ?? [];
        const amount = items.reduce((t, i) => t + Number((i.price_data as Obj).unit_amount) * Number(i.quantity ?? 1), 0);
        const currency = String((items[0]?.price_data as Obj | undefined)?.currency ?? "cad");
        if (!body.success_url || !body.cancel_url || !(amount > 0)) return stripeError(res, 400, "Missing success_url, cancel_url or line_items");
        const sessionId = id("cs_test");
        const session: Obj = {
          id: sessionId, object: "checkout.session", mode: body.mode, status: "open", payment_status: "unpaid", amount_total: amount, currency, customer: body.customer ?? null,
          client_reference_id: body.client_reference_id ?? null, metadata: body.metadata ?? {}, payment_intent_data: body.payment_intent_data ?? {}, payment_intent: null,
          success_url: body.success_url, cancel_url: body.cancel_url, expires_at: Number(body.expires_at) || null, url: `${base}/checkout/${sessionId}`,
        };
        sessions.set(sessionId, session);
        out = view(session, false);
      } else if (/^\/v1\/checkout\/sessions\/cs_[\w]+$/.test(path) && req.method === "GET") {
        const session = sessions.get(path.split("/").pop()!);
        if (!session) return stripeError(res, 404, "No such checkout.session", "resource_missing");
        out = view(session, expand);
      } else if (/^\/v1\/checkout\/sessions\/cs_[\w]+\/expire$/.test(path) && req.method === "POST") {
        const session = sessions.get(path.split("/")[4]!);
        if (!session) return stripeError(res, 404, "No such checkout.session", "resource_missing");
        if (session.status !== "open") return stripeError(res, 400, `Only open sessions can be expired; this one is ${session.status}`);
        out = view(await expireNow(session.id as string), false);
      } else if (req.method === "POST" && path === "/v1/refunds") {
        const intent = intents.get(String(body.payment_intent));
        if (!intent || intent.status !== "succeeded") return stripeError(res, 400, "No such payment_intent", "resource_missing");
        const refunded = [...refunds.values()].filter((r) => r.payment_intent === intent.id).reduce((t, r) => t + Number(r.amount), 0);
        const amount = body.amount ? Number(body.amount) : Number(intent.amount) - refunded;
        if (amount + refunded > Number(intent.amount)) return stripeError(res, 400, "Refund amount is greater than the unrefunded amount", "charge_already_refunded");
        out = { id: id("re"), object: "refund", amount, currency: intent.currency, payment_intent: intent.id, status: "succeeded", metadata: body.metadata ?? {} };
        refunds.set((out as Obj).id as string, out as Obj);
        await emit("refund.created", out as Obj);
      } else if (/^\/v1\/refunds\/re_[\w]+$/.test(path) && req.method === "GET") {
        const refund = refunds.get(path.split("/").pop()!);
        if (!refund) return stripeError(res, 404, "No such refund", "resource_missing");
        out = refund;
      } else if (/^\/v1\/payment_intents\/pi_[\w]+$/.test(path) && req.method === "GET") {
        const intent = intents.get(path.split("/").pop()!);
        if (!intent) return stripeError(res, 404, "No such payment_intent", "resource_missing");
        out = intent;
      } else {
        return stripeError(res, 404, `Unrecognized request URL (${req.method}: ${path})`);
      }
      if (memo) idempotent.set(memo, out);
      return json(res, out);
    } catch (e) {
      return stripeError(res, 500, e instanceof Error ? e.message : String(e));
    }
  });
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  base = `http://127.0.0.1:${port}`;
  return {
    url: base,
    port,
    sessions,
    intents,
    refunds,
    events,
    pay: (s, o) => payNow(s, o?.webhook ?? true),
    expire: (s, o) => expireNow(s, o?.webhook ?? true),
    redeliver: async (eventId) => {
      const entry = events.find((e) => e.event.id === eventId);
      if (!entry) throw new Error(`no event ${eventId}`);
      return deliver(entry);
    },
    sign,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
