/**
 * The OpenAPI document and the reference page in the reader's language: ?lang chooses, else
 * Accept-Language (and then caches are told so); the reference page loads the document in the
 * language it is shown in.
 */
import { describe, expect, it } from "vitest";
import { GET as openApiJson } from "@/app/api/v1/openapi.json/route";
import { GET as referencePage } from "@/app/api/v1/reference/route";

const ORIGIN = "http://127.0.0.1:3999";
const RATES_EN = "Rates and delivery dates of every service for one parcel";
const RATES_FR = "Tarifs et dates de livraison de chaque service pour un colis";

interface Answer {
  headers: Headers;
  title: string;
  rates: { summary: string; tags: string[] };
}

async function openApi(path: string, headers: Record<string, string> = {}): Promise<Answer> {
  const response = openApiJson(new Request(`${ORIGIN}${path}`, { headers }));
  expect(response.status).toBe(200);
  const document = (await response.json()) as { info: { title: string }; paths: Record<string, { post: Answer["rates"] }> };
  return { headers: response.headers, title: document.info.title, rates: document.paths["/api/v1/rates"]!.post };
}

/** The reference page's HTML and the configuration it hands Scalar. */
async function reference(headers: Record<string, string>) {
  const html = await (await referencePage(new Request(`${ORIGIN}/api/v1/reference`, { headers }))).text();
  const configuration = /Scalar\.createApiReference\("#reference", (.*)\);<\/script>/.exec(html);
  expect(configuration).not.toBeNull();
  return { html, configuration: JSON.parse(configuration![1]!) as { url: string; metaData: { title: string } } };
}

describe("the OpenAPI document's language", () => {
  it("is French for ?lang=fr, whatever the browser asks, and the answer does not vary with Accept-Language", async () => {
    const answer = await openApi("/api/v1/openapi.json?lang=fr", { "accept-language": "en-CA,en;q=0.9" });
    expect(answer.title).toBe("API d'Envoi");
    expect(answer.rates.summary).toBe(RATES_FR);
    expect(answer.rates.tags).toEqual(["Tarifs"]);
    expect(answer.headers.get("content-language")).toBe("fr");
    expect(answer.headers.get("vary")).toBeNull();
    expect(answer.headers.get("cache-control")).toBe("public, max-age=300");
  });

  it("is French for Accept-Language: fr without ?lang, and says the answer varies with it", async () => {
    for (const header of ["fr", "fr-CA,fr;q=0.9,en;q=0.8"]) {
      const answer = await openApi("/api/v1/openapi.json", { "accept-language": header });
      expect(answer.rates.summary, header).toBe(RATES_FR);
      expect(answer.headers.get("content-language")).toBe("fr");
      expect(answer.headers.get("vary")).toMatch(/\bAccept-Language\b/i);
    }
  });

  it("is English by default, for another language and for ?lang=en even to a French browser", async () => {
    for (const [path, headers] of [
      ["/api/v1/openapi.json", {}],
      ["/api/v1/openapi.json", { "accept-language": "de-DE,es;q=0.8" }],
      ["/api/v1/openapi.json?lang=en", { "accept-language": "fr" }],
    ] as const) {
      const answer = await openApi(path, headers);
      expect(answer.title, `${path} ${JSON.stringify(headers)}`).toBe("Envoi API");
      expect(answer.rates.summary).toBe(RATES_EN);
      expect(answer.headers.get("content-language")).toBe("en");
    }
    expect((await openApi("/api/v1/openapi.json")).headers.get("vary")).toMatch(/\bAccept-Language\b/i);
  });
});

describe("the reference page", () => {
  it("in French (the app's language cookie) is titled in French and loads the French document", async () => {
    const { html, configuration } = await reference({ cookie: "NEXT_LOCALE=fr", "accept-language": "en" });
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain("<title>Référence de l&#39;API · Envoi</title>");
    expect(configuration.metaData.title).toBe("Référence de l'API · Envoi");
    const loaded = await openApi(configuration.url, { "accept-language": "en" });
    expect(loaded.rates.summary).toBe(RATES_FR);
  });

  it("in English loads the English document, also from a browser that prefers French", async () => {
    const { html, configuration } = await reference({ cookie: "NEXT_LOCALE=en", "accept-language": "fr" });
    expect(html).toContain('<html lang="en">');
    expect(configuration.metaData.title).toBe("API reference · Envoi");
    const loaded = await openApi(configuration.url, { "accept-language": "fr" });
    expect(loaded.rates.summary).toBe(RATES_EN);
  });

  it("without a cookie follows the browser's language", async () => {
    const { configuration } = await reference({ "accept-language": "fr-CA" });
    expect((await openApi(configuration.url)).rates.summary).toBe(RATES_FR);
  });
});
