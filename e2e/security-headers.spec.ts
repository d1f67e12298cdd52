import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "./support/fixtures";

const nonceOf = (csp: string) => /'nonce-([^']+)'/.exec(csp)?.[1];

test("pages carry a nonce-based Content-Security-Policy and the other security headers; only the tracking pages can be framed", async ({ request, browser }) => {
  const first = await request.get("/signin");
  const second = await request.get("/signin");
  const headers = first.headers();
  const csp = headers["content-security-policy"]!;
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain("unsafe-eval");
  // A new nonce for every response, and it is the one on the page's scripts.
  expect(nonceOf(csp)).not.toBe(nonceOf(second.headers()["content-security-policy"]!));
  const html = await first.text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const s of scripts) expect(s).toContain(`nonce="${nonceOf(csp)}"`);
  expect(headers).toMatchObject({
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
    "x-frame-options": "DENY",
    "strict-transport-security": "max-age=63072000; includeSubDomains",
  });
  expect(headers["permissions-policy"]).toContain("camera=()");

  const tracking = (await request.get("/track/7000000000000016?embed=1")).headers();
  expect(tracking["content-security-policy"]).toContain("frame-ancestors *");
  expect(tracking["x-frame-options"]).toBeUndefined();
  expect(tracking["x-content-type-options"]).toBe("nosniff");

  // A shop's page on another origin frames the tracking page; the sign-in page refuses to be framed.
  const app = new URL(first.url()).origin;
  const shop = http.createServer((_req, res) => {
    res.setHeader("content-type", "text/html");
    res.end(`<!doctype html><title>Shop</title><iframe name="tracking" src="${app}/track/7000000000000016?embed=1"></iframe><iframe name="signin" src="${app}/signin"></iframe>`);
  });
  await new Promise<void>((resolve) => shop.listen(0, "127.0.0.1", resolve));
  try {
    // Not a fixture page: the refused frame is reported as a violation, which is the point here.
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${(shop.address() as AddressInfo).port}/`);
    await expect(page.frameLocator('iframe[name="tracking"]').getByText(/No parcel with the number/)).toBeVisible();
    await expect(page.frameLocator('iframe[name="signin"]').locator('input[name="password"]')).toHaveCount(0);
    await context.close();
  } finally {
    shop.close();
  }
});
