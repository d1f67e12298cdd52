/**
 * The readable API reference at /api/v1/reference: Scalar's browser bundle, served by the app itself
 * (no CDN) under a versioned name with a year's cache, and a small page that runs it on the OpenAPI
 * document in the user's language, under a title in that language (Scalar's own few labels, such as
 * "Models", stay English: its bundle has no French).
 * The page brings its own Content-Security-Policy (proxy.ts does not see /api/): its two
 * scripts carry a fresh nonce, fonts are the browser's, and the reference calls nothing but this
 * server (no telemetry, no proxy, no AI agent, no "try it" client that would send a key elsewhere).
 */
import fs from "node:fs/promises";
import path from "node:path";
import { contentSecurityPolicy, newNonce } from "@/lib/http/content-security-policy";
import type { AppLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/messages";

const PACKAGE = path.join(process.cwd(), "node_modules", "@scalar", "api-reference");

let bundle: Promise<{ name: string; body: Buffer }> | undefined;

/** Scalar's standalone bundle and the versioned file name the page loads it by. */
export function scalarBundle(): Promise<{ name: string; body: Buffer }> {
  bundle ??= (async () => {
    const { version } = JSON.parse(await fs.readFile(path.join(PACKAGE, "package.json"), "utf8")) as { version: string };
    const body = await fs.readFile(path.join(PACKAGE, "dist", "browser", "standalone.js"));
    return { name: `scalar-${version}.js`, body };
  })();
  bundle.catch(() => (bundle = undefined));
  return bundle;
}

/**
 * What Scalar is told: the document in the page's language, the page's title (Scalar sets the
 * tab's title from it), no font or service of its own, nothing sent anywhere.
 */
function scalarConfiguration(locale: AppLocale, title: string) {
  return {
    url: `/api/v1/openapi.json?lang=${locale}`,
    withDefaultFonts: false,
    telemetry: false,
    agent: { disabled: true },
    // The "try it" client would send requests (and the key typed in it) through Scalar's proxy.
    hideClientButton: true,
    hideTestRequestButton: true,
    showDeveloperTools: "never",
    defaultOpenFirstTag: true,
    metaData: { title },
  } as const;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** JSON inside a script element: nothing in it can close the element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c");

export async function referencePage(locale: AppLocale): Promise<Response> {
  const { name } = await scalarBundle();
  const nonce = newNonce();
  const title = `${translator(locale, "developers")("reference")} · Envoi`;
  const html = `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="csp-nonce" content="${nonce}">
<title>${escapeHtml(title)}</title>
</head>
<body>
<div id="reference"></div>
<script nonce="${nonce}" src="/api/v1/reference/${name}"></script>
<script nonce="${nonce}">Scalar.createApiReference("#reference", ${scriptJson(scalarConfiguration(locale, title))});</script>
</body>
</html>`;
  return new Response(html, {
    headers: {
      "content-type": "text/html; charset=utf-8",
      "content-language": locale,
      "cache-control": "no-store",
      "content-security-policy": contentSecurityPolicy({ nonce, development: process.env.NODE_ENV === "development", embeddable: false }),
    },
  });
}
