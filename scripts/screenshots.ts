// `npm run docs:screenshots`: the README's pictures of the overview and the batch sheet, in English
// and French, at 1280 px (a laptop) and 390 px (a phone), taken from a production build on a fresh
// database given a day's work by the app's own services (bench/pages-seed.ts: a batch of 50 bought,
// a draft batch of 50 rated). Writes docs/screenshots/<page>-<locale>-<width>.png.
import fs from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { DEMO_USER } from "../lib/seed/demo";
import { ensureProductionBuild, seedDayOfWork, signInCookie, startPagesServer } from "../bench/pages-server";

const OUT = path.resolve("docs", "screenshots");
const WIDTHS = [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
];

async function main() {
  ensureProductionBuild((line) => console.log(line));
  const server = await startPagesServer();
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const ids = seedDayOfWork(server);
    const [name, value] = (await signInCookie(server.baseUrl, DEMO_USER.email, DEMO_USER.password)).split(/=(.*)/s) as [string, string];
    const business = `${server.baseUrl}/b/${ids.slug}`;
    const pages = { overview: business, sheet: `${business}/batches/${ids.draftBatchId}` };
    fs.mkdirSync(OUT, { recursive: true });
    for (const locale of ["en", "fr"]) {
      for (const viewport of WIDTHS) {
        const context = await browser.newContext({ viewport, locale: locale === "fr" ? "fr-CA" : "en-CA", deviceScaleFactor: 1 });
        await context.addCookies([
          { name, value, url: server.baseUrl },
          { name: "NEXT_LOCALE", value: locale, url: server.baseUrl },
        ]);
        const page = await context.newPage();
        for (const [pageName, url] of Object.entries(pages)) {
          await page.goto(url, { waitUntil: "networkidle" });
          const file = path.join(OUT, `${pageName}-${locale}-${viewport.width}.png`);
          await page.screenshot({ path: file });
          console.log(`  ${path.relative(process.cwd(), file)}`);
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
