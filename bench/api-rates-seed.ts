// Run by bench/api-rates.ts in a process of its own (DATABASE_URL: the bench server's database, as
// the app's role): a test key of the demo business with the rates scope, the checkout request the
// load sends, and the same request rated in this process with no HTTP in between: the quick quote
// service alone (what the endpoint calls), then the endpoint's route handler (key, limit, schemas,
// quote, request log). Prints one JSON line.
import { DEMO_USER } from "../lib/seed/demo";
import { percentile } from "./harness";

const SAMPLES = 300;

async function main() {
  const { db } = await import("../lib/db/client");
  const { listMyBusinesses } = await import("../lib/tenancy/membership");
  const { readInTenant } = await import("../lib/tenancy/context");
  const { createApiKey } = await import("../lib/api/keys");
  const { getRates, RateRequest, toQuoteInput } = await import("../lib/api/endpoints/rates");
  const { handle } = await import("../lib/api/handle");
  const { quickQuote } = await import("../lib/rates/quick-quote");

  const user = await db().user.findUniqueOrThrow({ where: { email: DEMO_USER.email }, select: { id: true } });
  const [business] = await listMyBusinesses(user.id);
  if (!business) throw new Error("the demo user has no business");
  const owner = { businessId: business.id, userId: user.id, role: business.role, slug: business.slug };
  const location = await readInTenant(owner, (tx) => tx.location.findFirstOrThrow({ where: { businessId: business.id }, select: { id: true } }));
  const key = await createApiKey(owner, { name: "Benchmark", mode: "TEST", scope: "RATES" });
  const body = { from: { locationId: location.id }, to: { country: "CA", postalCode: "V6B 1A1" }, parcel: { weightGrams: 1200, lengthMm: 300, widthMm: 200, heightMm: 100 } };

  const actor = { ...owner, role: "VIEWER" as const, apiKey: { id: key.id, name: "Benchmark", mode: "TEST" as const, scope: "RATES" as const } };
  const input = toQuoteInput(RateRequest.parse(body));
  const timed = async (fn: (i: number) => Promise<unknown>) => {
    for (let i = 0; i < 20; i++) await fn(i); // warm-up
    const times: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      const start = performance.now();
      await fn(i);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    return { samples: SAMPLES, p50: percentile(times, 50), p95: percentile(times, 95) };
  };
  const quote = await timed(async () => {
    const result = await quickQuote(actor, input);
    if (result.results.every((r) => r.quotes.length === 0)) throw new Error("no rate");
  });
  const route = handle(getRates);
  // A different parcel each time: the endpoint's one-minute cache does not answer.
  const handler = await timed(async (i) => {
    const request = new Request("http://127.0.0.1/api/v1/rates", {
      method: "POST",
      headers: { authorization: `Bearer ${key.secret}`, "content-type": "application/json" },
      body: JSON.stringify({ ...body, parcel: { ...body.parcel, weightGrams: 1000 + i } }),
    });
    const response = await route(request, { params: Promise.resolve({}) });
    if (response.status !== 200) throw new Error(`the route handler answered ${response.status}: ${await response.text()}`);
  });
  console.log(JSON.stringify({ key: key.secret, body, quote, handler }));
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
