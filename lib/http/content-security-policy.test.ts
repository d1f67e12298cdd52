import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, isDocumentRoute, isEmbeddablePath, newNonce } from "./content-security-policy";

const directives = (csp: string) => Object.fromEntries(csp.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));

describe("the Content-Security-Policy", () => {
  it("lets only scripts with this response's nonce run, and lets no other site frame the page", () => {
    const csp = directives(contentSecurityPolicy({ nonce: "abc123", development: false, embeddable: false }));
    expect(csp["script-src"]).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(csp["object-src"]).toEqual(["'none'"]);
    expect(csp["base-uri"]).toEqual(["'self'"]);
    expect(csp["frame-ancestors"]).toEqual(["'none'"]);
    expect(csp["default-src"]).toEqual(["'self'"]);
  });

  it("lets shops frame the tracking pages, and the development server evaluate code and reload", () => {
    expect(directives(contentSecurityPolicy({ nonce: "n", development: false, embeddable: true }))["frame-ancestors"]).toEqual(["*"]);
    const dev = directives(contentSecurityPolicy({ nonce: "n", development: true, embeddable: false }));
    expect(dev["script-src"]).toContain("'unsafe-eval'");
    expect(dev["connect-src"]).toContain("ws:");
  });

  it("draws a new 128-bit nonce each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const n of nonces) expect(Buffer.from(n, "base64")).toHaveLength(16);
  });

  it("knows the tracking pages and the PDF routes", () => {
    expect(["/track", "/track/7000000000000016"].every(isEmbeddablePath)).toBe(true);
    expect(["/tracking", "/b/shop/track", "/"].some(isEmbeddablePath)).toBe(false);
    expect(["/b/shop/batches/c1/labels", "/b/shop/batches/c1/receipt", "/b/shop/shipments/c2/label", "/b/shop/shipments/c2/delivery-confirmation", "/b/shop/account/invoices/c3", "/returns/shop/label/secret/pdf"].every(isDocumentRoute)).toBe(true);
    expect(["/b/shop/batches/c1", "/b/shop/batches/import", "/b/shop/account", "/b/shop/shipments/c2", "/returns/shop", "/returns/shop/label/secret"].some(isDocumentRoute)).toBe(false);
  });
});
