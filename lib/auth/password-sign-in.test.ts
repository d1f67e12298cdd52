import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { resetEnvForTests } from "@/lib/env";
import { clientAddress } from "@/lib/http/client-address";
import { decodeDevice, deviceAfterSignIn, deviceFromHeaders, encodeDevice, type Device } from "./device";
import { hashPassword } from "./password";
import { checkPasswordSignIn } from "./password-sign-in";

const PASSWORD = "correct horse battery";

async function account(label: string) {
  const email = `${label}@example.com`;
  const user = await db().user.create({ data: { email, passwordHash: await hashPassword(PASSWORD), emailVerified: new Date() }, select: { id: true } });
  return { email, id: user.id };
}

/** One sign-in attempt from a client: its browser's device cookie (if any) and, behind a trusted proxy, its address. */
const attempt = (email: string, password: string, client: { device?: Device | null; address?: string | null } = {}) =>
  checkPasswordSignIn({ email, password, device: client.device ?? null, address: client.address ?? null }).then((r) => r.outcome);

/** A browser that signed in to the account before (it holds a device cookie naming it). */
const knownBrowser = (userId: string) => deviceAfterSignIn(null, userId);

async function failFiveTimes(email: string, client: { device?: Device | null; address?: string | null } = {}) {
  for (let i = 0; i < 5; i++) expect(await attempt(email, `wrong guess ${i}`, client)).toBe("wrong");
}

afterEach(() => {
  delete process.env.TRUST_PROXY;
  resetEnvForTests();
});

describe("password sign-in under attack", () => {
  it("a stranger's five wrong passwords do not lock the owner out of the browser they signed in with", async () => {
    const owner = await account("owner");
    await failFiveTimes(owner.email);
    // The stranger is stopped, even with the right password (no unlimited guessing)...
    expect(await attempt(owner.email, PASSWORD)).toBe("limited");
    // ...and so is any browser that never signed in to this account (without a trusted proxy it
    // cannot be told apart from the stranger): it waits, or signs in with an emailed link.
    expect(await attempt(owner.email, PASSWORD, { device: knownBrowser("another-account") })).toBe("limited");
    // The owner's own browser gets in.
    expect(await attempt(owner.email, PASSWORD, { device: knownBrowser(owner.id) })).toBe("ok");
    // A wrong password from it is still just wrong.
    expect(await attempt(owner.email, "typo", { device: knownBrowser(owner.id) })).toBe("wrong");
  });

  it("a browser that failed five times itself is stopped, even with the right password", async () => {
    const owner = await account("clumsy");
    const browser = knownBrowser(owner.id);
    await failFiveTimes(owner.email, { device: browser });
    expect(await attempt(owner.email, PASSWORD, { device: browser })).toBe("limited");
  });

  it("below the limit anyone may sign in, and a success forgets the failures", async () => {
    const owner = await account("typos");
    for (let i = 0; i < 4; i++) expect(await attempt(owner.email, `typo ${i}`)).toBe("wrong");
    expect(await attempt(owner.email, PASSWORD)).toBe("ok");
    for (let i = 0; i < 4; i++) expect(await attempt(owner.email, `typo again ${i}`)).toBe("wrong");
    expect(await attempt(owner.email, PASSWORD)).toBe("ok");
    expect(await attempt("nobody@example.com", PASSWORD)).toBe("wrong");
  });

  it("counts a burst of parallel guesses exactly", async () => {
    const owner = await account("burst");
    const outcomes = await Promise.all(Array.from({ length: 8 }, (_, i) => attempt(owner.email, `parallel guess ${i}`)));
    expect(outcomes.filter((o) => o === "wrong")).toHaveLength(5);
    expect(outcomes.filter((o) => o === "limited")).toHaveLength(3);
  });

  describe("behind a trusted proxy (TRUST_PROXY=true)", () => {
    const proxied = (address: string) => {
      process.env.TRUST_PROXY = "true";
      resetEnvForTests();
      return clientAddress(new Headers({ "x-forwarded-for": `10.0.0.1, ${address}` }));
    };

    it("an address that has not failed itself gets in with the right password; the failing address does not", async () => {
      const owner = await account("proxied");
      const attacker = proxied("203.0.113.66");
      await failFiveTimes(owner.email, { address: attacker });
      expect(await attempt(owner.email, PASSWORD, { address: attacker })).toBe("limited");
      expect(await attempt(owner.email, PASSWORD, { address: proxied("198.51.100.7") })).toBe("ok");
    });

    it("lets fresh addresses try a paused email only up to a cap; past it, only browsers that signed in before", async () => {
      const owner = await account("botnet");
      // Each address of a botnet fails once (a fresh address gets one try while the email is paused).
      for (let i = 0; i < 25; i++) expect(await attempt(owner.email, `guess ${i}`, { address: proxied(`203.0.113.${i + 1}`) })).toBe("wrong");
      expect(await attempt(owner.email, PASSWORD, { address: proxied("198.51.100.8") })).toBe("limited");
      expect(await attempt(owner.email, PASSWORD, { address: proxied("198.51.100.8"), device: knownBrowser(owner.id) })).toBe("ok");
    });

    it("stops an address that fails across many emails", async () => {
      const sprayer = proxied("203.0.113.99");
      for (let i = 0; i < 30; i++) expect(await attempt(`spray-${i}@example.com`, "Summer2026!", { address: sprayer })).toBe("wrong");
      const owner = await account("sprayed");
      expect(await attempt(owner.email, PASSWORD, { address: sprayer })).toBe("limited");
    });
  });
});

describe("the device cookie", () => {
  it("is signed: a changed or made-up cookie names no device", () => {
    const device = deviceAfterSignIn(deviceAfterSignIn(null, "user-a"), "user-b");
    expect(device.userIds).toEqual(["user-b", "user-a"]);
    const value = encodeDevice(device);
    expect(decodeDevice(value)).toEqual(device);
    expect(deviceFromHeaders(new Headers({ cookie: `theme=dark; envoi-device=${encodeURIComponent(value)}` }))).toEqual(device);
    expect(decodeDevice(value.replace("user-a", "user-x"))).toBeNull();
    expect(decodeDevice(`${device.id}.user-x.${"A".repeat(43)}`)).toBeNull();
    expect(decodeDevice("garbage")).toBeNull();
  });
});
