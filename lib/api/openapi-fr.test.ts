import { describe, expect, it } from "vitest";
import { openApiDocument } from "./openapi";
import { OPENAPI_FR, SAME_IN_FRENCH } from "./openapi-fr";
import { mapReaderTexts, readerTexts } from "./openapi-texts";

// The tests read the generated document's JSON where they expect it.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

const english = openApiDocument("http://127.0.0.1", "en") as Json;
const french = openApiDocument("http://127.0.0.1", "fr") as Json;
const texts = [...readerTexts(english)];

/** What a text must keep as it is: code spans, field names and values, paths, headers, statuses. */
const CODE = /`[^`]+`|\b(?:GET|POST|PATCH|PUT|DELETE) \/[\w{}/-]+|\b[a-z]+(?:[A-Z][a-z0-9]*)+\b|\b\w+_\w*|\b[A-Z]+\.[A-Z]+\b|\b\w+(?:\.\w+){2,}|\b[A-Z][a-z]+-[A-Z][a-z]+\b|\b\d{3}\b|\bnull\b/g;
const codeIn = (text: string) => (text.match(CODE) ?? []).sort();

describe("the OpenAPI document in French", () => {
  it("has French for every summary, description and tag of the English document", () => {
    expect(texts.length).toBeGreaterThan(200);
    expect(texts.filter((text) => !Object.hasOwn(OPENAPI_FR, text))).toEqual([]);
  });

  it("has no French for a text the document no longer has (its English changed: the French must follow)", () => {
    expect(Object.keys(OPENAPI_FR).filter((text) => !texts.includes(text))).toEqual([]);
  });

  it("leaves no text in English but the deliberate exceptions", () => {
    const same = Object.entries(OPENAPI_FR).filter(([en, fr]) => en === fr || fr.trim() === "").map(([en]) => en);
    expect(same.sort()).toEqual([...SAME_IN_FRENCH].sort());
  });

  it("keeps the code, field names, values, paths and statuses of each text", () => {
    const changed = Object.entries(OPENAPI_FR).filter(([en, fr]) => codeIn(fr).join(" ") !== codeIn(en).join(" "));
    expect(changed.map(([en, fr]) => ({ en: codeIn(en), fr: codeIn(fr) }))).toEqual([]);
  });

  it("changes nothing but those texts: examples, names, enums and structure are the English document's", () => {
    expect(french).not.toEqual(english);
    expect(mapReaderTexts(french, () => "")).toEqual(mapReaderTexts(english, () => ""));
  });

  it("reads in French where a reader looks", () => {
    const rates = french.paths["/api/v1/rates"].post;
    const buy = french.paths["/api/v1/shipments"].post;
    expect(french.info.title).toBe("API d'Envoi");
    expect(french.info.description).toMatch(/^Tarifs, étiquettes, suivi, ramassages et retours pour votre boutique\./);
    expect(french.components.securitySchemes.bearer.description).toBe("Une clé d'API de la page Développeurs : envoi_test_... ou envoi_live_...");
    expect(rates.tags).toEqual(["Tarifs"]);
    expect(rates.summary).toBe("Tarifs et dates de livraison de chaque service pour un colis");
    expect(rates.description).toMatch(/^L'appel du paiement en ligne\. Les prix sont en cents, taxes comprises; `lines` les détaille\./);
    expect(rates.responses["401"].description).toBe("Aucune clé, une clé inconnue ou une clé révoquée.");
    expect(buy.parameters.find((p: Json) => p.name === "Idempotency-Key").description).toMatch(/^La même clé et le même corps dans les 24 heures/);
    expect(french.paths["/api/v1/shipments"].get.parameters.find((p: Json) => p.name === "limit").description).toBe("Au plus 100; 20 sauf indication contraire.");
    expect(french.components.schemas.Money.properties.amount.description).toBe("En cents (1050 = 10,50 $).");
    expect(french.paths["/api/v1/pickups"].post.tags).toEqual(["Ramassages"]);
    // The same operations, in the same order, under the tags a French reader sees.
    const tags = (doc: Json) => Object.values(doc.paths).flatMap((ops) => Object.values(ops as Json).map((op) => op.tags[0]));
    expect(new Set(tags(french))).toEqual(new Set(["Tarifs", "Adresses", "Bureaux de poste", "Envois", "Lots", "Suivi", "Ramassages", "Retours", "Contacts", "Compte"]));
    expect(tags(french).length).toBe(tags(english).length);
  });

  it("keeps the examples as they are", () => {
    const examplesIn = (node: unknown): unknown[] => {
      if (Array.isArray(node)) return node.flatMap(examplesIn);
      if (!node || typeof node !== "object") return [];
      return Object.entries(node).flatMap(([key, value]) => (key === "example" || key === "examples" ? [value] : examplesIn(value)));
    };
    expect(examplesIn(english).length).toBeGreaterThan(50);
    expect(examplesIn(french)).toEqual(examplesIn(english));
  });
});
