/**
 * The Canada Post connector keeps the connector contract (tests/connector-contract.ts) against the
 * local fake Canada Post server (which checks auth, media types and every request body against
 * Canada Post's schemas): once as an occasional shipper (non-contract shipments, no return label
 * with a shipment) and once as a contract customer (groups, return labels, returns on demand,
 * open returns, manifests).
 */
import { afterAll, beforeAll } from "vitest";
import { describeConnectorContract } from "@/tests/connector-contract";
import { startFakeCanadaPost, type FakeCanadaPost } from "@/tests/canadapost/fake-server/server";
import { createSender } from "./http";
import { createCanadaPostConnector } from ".";

/** Monday 2026-11-30, 10:00 in Toronto. */
const NOW = new Date("2026-11-30T15:00:00Z");
let fake: FakeCanadaPost;

beforeAll(async () => {
  fake = await startFakeCanadaPost({
    accounts: [
      { username: "envoi-test", password: "fake-password", customerNumber: "2004381" },
      { username: "envoi-contract", password: "contract-password", customerNumber: "1234567", contractNumber: "42708517" },
    ],
    checkAnswers: true,
    now: () => NOW,
  });
});
afterAll(() => fake.close());

function connector(account: { username: string; password: string; customerNumber: string; contractNumber: string | null }) {
  const send = createSender({ baseUrl: fake.url, username: account.username, password: account.password, locale: "en", backoffMs: () => 0 });
  return createCanadaPostConnector({
    send,
    customer: { customerNumber: account.customerNumber, contractNumber: account.contractNumber, moboCustomerNumber: null },
    mode: "sandbox",
    accountId: "account-1",
    refundEmail: "shipping@example.com",
  });
}

describeConnectorContract("canadapost (non-contract, fake server)", () => ({
  connector: connector({ username: "envoi-test", password: "fake-password", customerNumber: "2004381", contractNumber: null }),
  capabilities: ["rate", "shipments", "findPostOffices", "track", "pickups"],
  now: NOW,
  returnLabels: false,
}));

describeConnectorContract("canadapost (contract, fake server)", () => ({
  connector: connector({ username: "envoi-contract", password: "contract-password", customerNumber: "1234567", contractNumber: "42708517" }),
  // A contract also brings return labels on demand, open returns and the end of day (tests/canadapost/fake-server/returns-manifests.test.ts).
  capabilities: ["rate", "shipments", "findPostOffices", "track", "pickups", "returns", "openReturns", "manifests"],
  now: NOW,
}));
