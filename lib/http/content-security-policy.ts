/**
 * The Content-Security-Policy of every page, built per request with a fresh nonce (proxy.ts puts
 * it on the request, where Next.js finds it and gives its own scripts the nonce, and on the
 * response). Only scripts carrying the nonce run, and the scripts they load ('strict-dynamic'):
 * markup injected into a page cannot run code. Pure.
 */

export interface PolicyInput {
  nonce: string;
  /** `next dev` needs eval (React's call stacks) and its hot-reload socket. */
  development: boolean;
  /** The public tracking pages, which shops embed in an iframe. */
  embeddable: boolean;
}

export function contentSecurityPolicy({ nonce, development, embeddable }: PolicyInput): string {
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    ["script-src", "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    // React and the font loader set style attributes and small style blocks.
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", "'self'", "data:", "blob:"],
    ["font-src", "'self'", "data:"],
    ["connect-src", "'self'", ...(development ? ["ws:"] : [])],
    ["frame-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["frame-ancestors", embeddable ? "*" : "'none'"],
  ];
  return directives.map((d) => d.join(" ")).join("; ");
}

/** A nonce: 128 random bits, base64. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/** The public tracking page and its search, which a shop may frame. */
export function isEmbeddablePath(pathname: string): boolean {
  return pathname === "/track" || pathname.startsWith("/track/");
}

/**
 * Route handlers that answer with a PDF the browser shows in its own viewer (labels, receipts,
 * invoices, delivery confirmations): a page's policy means nothing there, and some viewers apply it
 * to themselves.
 */
export function isDocumentRoute(pathname: string): boolean {
  return (
    /^\/b\/[^/]+\/(?:batches\/[^/]+\/(?:labels|receipt)|shipments\/[^/]+\/(?:label|delivery-confirmation)|account\/invoices\/[^/]+)$/.test(pathname) ||
    // The customer's return label (no sign-in).
    /^\/returns\/[^/]+\/label\/[^/]+\/pdf$/.test(pathname)
  );
}
