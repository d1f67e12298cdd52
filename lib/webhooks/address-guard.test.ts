import { describe, expect, it } from "vitest";
import { blockedRange, BlockedAddressError, checkedAddress } from "./address-guard";
import { webhookUrlProblem } from "./url-policy";

const PRODUCTION = { allowLocal: false };
const DEVELOPMENT = { allowLocal: true };

describe("webhook address guard (SSRF)", () => {
  it("lets public unicast addresses through and names the range of every other", () => {
    expect(blockedRange("8.8.8.8")).toBeNull();
    expect(blockedRange("2001:4860:4860::8888")).toBeNull();
    expect(blockedRange("127.0.0.1")).toBe("loopback");
    expect(blockedRange("::1")).toBe("loopback");
    expect(blockedRange("10.1.2.3")).toBe("private");
    expect(blockedRange("192.168.0.10")).toBe("private");
    expect(blockedRange("172.16.5.4")).toBe("private");
    expect(blockedRange("169.254.169.254")).toBe("linkLocal");
    expect(blockedRange("fe80::1")).toBe("linkLocal");
    expect(blockedRange("fd12:3456::1")).toBe("uniqueLocal");
    expect(blockedRange("224.0.0.1")).toBe("multicast");
    expect(blockedRange("0.0.0.0")).toBe("unspecified");
    expect(blockedRange("100.64.0.1")).toBe("carrierGradeNat");
    expect(blockedRange("192.0.2.1")).toBe("reserved");
    // An IPv4 address written as IPv6 is the IPv4 address.
    expect(blockedRange("::ffff:127.0.0.1")).toBe("loopback");
    expect(blockedRange("::ffff:8.8.8.8")).toBeNull();
  });

  it("refuses a name when any of its addresses is private, and connects to the checked one", async () => {
    const resolve = (answers: string[]) => async () => answers.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
    await expect(checkedAddress("hooks.example.com", PRODUCTION, resolve(["93.184.216.34"]))).resolves.toEqual({ address: "93.184.216.34", family: 4 });
    await expect(checkedAddress("rebind.example.com", PRODUCTION, resolve(["93.184.216.34", "127.0.0.1"]))).rejects.toBeInstanceOf(BlockedAddressError);
    await expect(checkedAddress("metadata.example.com", PRODUCTION, resolve(["169.254.169.254"]))).rejects.toThrow(/linkLocal/);
    await expect(checkedAddress("[::1]", PRODUCTION)).rejects.toThrow(/loopback/);
    await expect(checkedAddress("10.0.0.5", PRODUCTION)).rejects.toThrow(/private/);
    // Development (and the tests' own receivers) may reach this machine.
    await expect(checkedAddress("127.0.0.1", DEVELOPMENT)).resolves.toEqual({ address: "127.0.0.1", family: 4 });
  });
});

describe("webhook URL rules", () => {
  it("wants HTTPS in production, and allows plain HTTP only to localhost in development", () => {
    expect(webhookUrlProblem("https://shop.example.com/hooks", PRODUCTION)).toBeNull();
    expect(webhookUrlProblem("http://shop.example.com/hooks", PRODUCTION)).toBe("webhookUrlHttpsRequired");
    expect(webhookUrlProblem("http://localhost:4000/hooks", PRODUCTION)).toBe("webhookUrlHttpsRequired");
    expect(webhookUrlProblem("http://localhost:4000/hooks", DEVELOPMENT)).toBeNull();
    expect(webhookUrlProblem("http://127.0.0.1:4000/hooks", DEVELOPMENT)).toBeNull();
    expect(webhookUrlProblem("http://shop.example.com/hooks", DEVELOPMENT)).toBe("webhookUrlHttpsRequired");
  });

  it("refuses what is not a web address, credentials, and private address literals in production", () => {
    expect(webhookUrlProblem("shop.example.com", PRODUCTION)).toBe("webhookUrlInvalid");
    expect(webhookUrlProblem("ftp://shop.example.com", PRODUCTION)).toBe("webhookUrlInvalid");
    expect(webhookUrlProblem("https://user:pw@shop.example.com", PRODUCTION)).toBe("webhookUrlCredentials");
    expect(webhookUrlProblem("https://10.0.0.1/hooks", PRODUCTION)).toBe("webhookUrlPrivate");
    expect(webhookUrlProblem("https://[::1]/hooks", PRODUCTION)).toBe("webhookUrlPrivate");
    expect(webhookUrlProblem("https://localhost/hooks", PRODUCTION)).toBe("webhookUrlPrivate");
    // 0x7f.1 is 127.0.0.1 once the URL is parsed.
    expect(webhookUrlProblem("https://0x7f.1/hooks", PRODUCTION)).toBe("webhookUrlPrivate");
    expect(webhookUrlProblem(`https://shop.example.com/${"a".repeat(2000)}`, PRODUCTION)).toBe("webhookUrlTooLong");
  });
});
