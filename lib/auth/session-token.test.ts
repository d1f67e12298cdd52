import { afterEach, describe, expect, it, vi } from "vitest";
import { encode } from "next-auth/jwt";
import { decodeSessionToken, encodeSessionToken, withoutRefreshedToken } from "./session-token";

const secret = "a-test-secret-of-enough-length-for-auth-js-0123456789";
const salt = "authjs.session-token";
const claims = { sub: "user-1", sv: 3, email: "lea@example.com" };

afterEach(() => vi.useRealTimers());

describe("the session cookie's token", () => {
  it("reads the same claims each time it is sent, and a change to one of them is not seen by the next read", async () => {
    const token = await encode({ token: claims, secret, salt, maxAge: 3600 });
    const first = await decodeSessionToken({ token, secret, salt });
    expect(first).toMatchObject(claims);
    first!.sub = "someone-else";
    expect(await decodeSessionToken({ token, secret, salt })).toMatchObject(claims);
  });

  it("is refused once it has expired, even though it was read while valid", async () => {
    const token = await encode({ token: claims, secret, salt, maxAge: 60 });
    expect(await decodeSessionToken({ token, secret, salt })).toMatchObject(claims);
    vi.useFakeTimers({ now: Date.now() + 10 * 60_000, toFake: ["Date"] });
    await expect(decodeSessionToken({ token, secret, salt })).rejects.toThrow(/exp/);
  });

  it("is refused when altered, under another cookie's name, or with another secret, even after a valid read", async () => {
    const token = await encode({ token: claims, secret, salt, maxAge: 3600 });
    await decodeSessionToken({ token, secret, salt });
    const altered = token.slice(0, -6) + (token.endsWith("AAAAAA") ? "BBBBBB" : "AAAAAA");
    await expect(decodeSessionToken({ token: altered, secret, salt })).rejects.toThrow();
    await expect(decodeSessionToken({ token, secret, salt: "__Secure-authjs.session-token" })).rejects.toThrow();
    await expect(decodeSessionToken({ token, secret: `${secret}-rotated`, salt })).rejects.toThrow();
    expect(await decodeSessionToken({ token: "", secret, salt })).toBeNull();
  });

  it("is made afresh for Auth.js's own responses, and not made where the response is thrown away", async () => {
    const fresh = await encodeSessionToken({ token: claims, secret, salt, maxAge: 3600 });
    expect(await decodeSessionToken({ token: fresh, secret, salt })).toMatchObject(claims);
    expect(await withoutRefreshedToken(() => encodeSessionToken({ token: claims, secret, salt, maxAge: 3600 }))).toBe("");
  });
});
