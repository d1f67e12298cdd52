/**
 * Runs the fake Canada Post server on its own:
 *   npx tsx tests/canadapost/fake-server/main.ts [--port 4010] [--latency 100] [--no-validate]
 *     [--published-limits] [--tracking-speed 1]
 * and prints its URL and the test credentials. Stops on Ctrl-C.
 */
import { parseArgs } from "node:util";
import { PUBLISHED_LIMITS } from "./groups";
import { startFakeCanadaPost } from "./server";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "4010" },
    latency: { type: "string", default: "0" },
    "no-validate": { type: "boolean", default: false },
    "published-limits": { type: "boolean", default: false },
    "tracking-speed": { type: "string", default: "1" },
  },
});

const fake = await startFakeCanadaPost({
  port: Number(values.port),
  latencyMs: Number(values.latency),
  validate: !values["no-validate"],
  throttleLimits: values["published-limits"] ? PUBLISHED_LIMITS : undefined,
  trackingSpeed: Number(values["tracking-speed"]),
});

const account = fake.accounts[0]!;
console.log(`Fake Canada Post web services at ${fake.url}`);
console.log(`  username ${account.username}  password ${account.password}  customer number ${account.customerNumber}${account.contractNumber ? `  contract ${account.contractNumber}` : ""}`);
console.log(`  test controls: POST ${fake.url}/__fake/control   request log: GET ${fake.url}/__fake/requests`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void fake.close().then(() => process.exit(0));
  });
}
