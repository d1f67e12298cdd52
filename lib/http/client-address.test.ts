import { afterEach, describe, expect, it } from "vitest";
import { resetEnvForTests } from "@/lib/env";
import { clientAddress } from "./client-address";

function withTrustProxy(value: "true" | "false") {
  process.env.TRUST_PROXY = value;
  resetEnvForTests();
}

afterEach(() => {
  delete process.env.TRUST_PROXY;
  resetEnvForTests();
});

const headers = (h: Record<string, string>) => new Headers(h);

describe("the client address every rate limit uses", () => {
  it("ignores forwarded headers unless a trusted proxy is declared", () => {
    withTrustProxy("false");
    expect(clientAddress(headers({ "x-forwarded-for": "203.0.113.7" }))).toBeNull();
    expect(clientAddress(headers({ "x-real-ip": "203.0.113.7" }))).toBeNull();
    expect(clientAddress(headers({}))).toBeNull();
  });

  it("behind a trusted proxy, takes the address that proxy appended (the last), not what the client wrote before it", () => {
    withTrustProxy("true");
    expect(clientAddress(headers({ "x-forwarded-for": "203.0.113.7" }))).toBe("203.0.113.7");
    expect(clientAddress(headers({ "x-forwarded-for": "1.2.3.4, 198.51.100.20" }))).toBe("198.51.100.20");
    expect(clientAddress(headers({ "x-forwarded-for": "::ffff:198.51.100.20" }))).toBe("198.51.100.20");
    expect(clientAddress(headers({ "x-forwarded-for": "2001:DB8::1" }))).toBe("2001:db8::1");
    // Not an address: unknown, never a free-form bucket name.
    expect(clientAddress(headers({ "x-forwarded-for": "1.2.3.4, not-an-ip" }))).toBeNull();
    expect(clientAddress(headers({}))).toBeNull();
  });
});
