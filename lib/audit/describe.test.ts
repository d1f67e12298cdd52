import fs from "node:fs";
import path from "node:path";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { MESSAGES, type Messages } from "@/lib/i18n/messages";
import { AUDIT_SENTENCES, describeAudit, type DescribableEntry } from "./describe";
import { auditSentences } from "./sentence-text";

const root = path.resolve(import.meta.dirname, "../..");

/** Every action string passed to recordAudit anywhere in the app's source (both sides of a ternary too). */
function writtenActions(): { action: string; file: string }[] {
  const files = (dir: string): string[] =>
    fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((d) => {
      const rel = path.join(dir, d.name);
      if (d.isDirectory()) return d.name === "generated" || d.name === "node_modules" ? [] : files(rel);
      return /\.tsx?$/.test(d.name) && !/\.test\.tsx?$/.test(d.name) ? [rel] : [];
    });
  const found: { action: string; file: string }[] = [];
  for (const file of ["lib", "app", "scripts"].filter((d) => fs.existsSync(path.join(root, d))).flatMap(files)) {
    const source = fs.readFileSync(path.join(root, file), "utf8");
    if (file !== path.join("lib", "audit", "record.ts")) expect(source, `${file} writes audit rows without recordAudit`).not.toMatch(/auditLog\.create/);
    for (const call of source.split("recordAudit(").slice(1)) {
      if (call.startsWith("\n  tx: Tx")) continue; // the definition
      const action = /action:\s*([^,]+?),\s*entityType/s.exec(call)?.[1];
      expect(action, `${file}: a recordAudit call without "action: ..., entityType"`).toBeTruthy();
      const literals = [...action!.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
      expect(literals.length, `${file}: the action must be written as string literals (${action})`).toBeGreaterThan(0);
      for (const a of literals) found.push({ action: a, file });
    }
  }
  return found;
}

const translators = {
  en: createTranslator({ locale: "en", messages: MESSAGES.en as Messages, namespace: "audit", timeZone: "America/Toronto", onError: (e) => { throw e; } }),
  fr: createTranslator({ locale: "fr", messages: MESSAGES.fr as Messages, namespace: "audit", timeZone: "America/Toronto", onError: (e) => { throw e; } }),
};

const entry = (action: string, details: object, over: Partial<DescribableEntry> = {}): DescribableEntry => ({
  action,
  entityType: action.startsWith("labels.") ? "Batch" : "X",
  entityId: "obj1",
  details,
  target: {},
  ...over,
});

function sentence(locale: "en" | "fr", e: DescribableEntry) {
  const d = describeAudit(e, "acme");
  return auditSentences(locale)({ actor: { name: "Léa", email: "lea@example.com" }, description: d });
}

describe("activity sentences", () => {
  const written = writtenActions();

  it("finds the actions the app writes", () => {
    expect(written.length).toBeGreaterThan(40);
    expect(written.map((w) => w.action)).toEqual(expect.arrayContaining(["batch.paid", "shipment.voided", "carrier_account.connected", "carrier_account.updated", "pickup.booked"]));
  });

  it("every action written anywhere reads as a sentence in English and in French", () => {
    for (const { action, file } of written) {
      expect(AUDIT_SENTENCES[action], `${action} (${file}) has no entry in lib/audit/describe.ts`).toBeDefined();
      for (const locale of ["en", "fr"] as const) {
        const t = translators[locale];
        expect(t.has(`actions.${action}` as never), `${locale}: audit.actions.${action}`).toBe(true);
        const d = describeAudit(entry(action, {}), "acme");
        const raw = t.raw(d.key as never) as string;
        if (d.href) expect(raw, `${locale}: ${action} links its object`).toContain("<link>");
        // Formats with the values describe gives, even for an entry that stored no details.
        expect(sentence(locale, entry(action, {}))).not.toContain(action);
      }
    }
  });

  it("names the object and links to its page while it exists", () => {
    const paid = entry("batch.paid", { number: 12, method: "CARD", totalCents: 4210, shipments: 3 }, { entityType: "Batch" });
    expect(sentence("en", paid)).toBe("Léa bought 3 labels in batch 12: $42.10 by card");
    expect(sentence("fr", paid).replace(/\s/g, " ")).toBe("Léa a acheté 3 étiquettes dans le lot 12 : 42,10 $ par carte");
    expect(describeAudit(paid, "acme").href).toBe("/b/acme/batches/obj1");
    expect(describeAudit({ ...paid, target: null }, "acme").href).toBeNull();

    const voided = entry("shipment.voided", { trackingNumber: "1234567890123456", amountCents: 1500, method: "ACCOUNT" }, { entityType: "Shipment" });
    expect(sentence("en", voided)).toBe("Léa voided the label 1234567890123456");
    expect(sentence("fr", voided)).toBe("Léa a annulé l'étiquette 1234567890123456");
    expect(describeAudit(voided, "acme").href).toBe("/b/acme/shipments/obj1");

    const booked = entry("pickup.booked", { confirmationNumber: "P-77", date: "2026-12-08" }, { entityType: "Pickup" });
    expect(sentence("en", booked)).toBe("Léa booked pickup P-77 for Dec 8, 2026");
    expect(sentence("fr", booked)).toBe("Léa a réservé le ramassage P-77 pour le 8 déc. 2026");
    expect(describeAudit(booked, "acme").href).toBe("/b/acme/pickups/obj1");

    const contact = entry("contact.updated", { name: "Zoé Tremblay" }, { entityType: "Contact" });
    expect(sentence("fr", contact)).toBe("Léa a modifié le contact Zoé Tremblay");
    expect(describeAudit(contact, "acme").href).toBe("/b/acme/contacts/obj1");

    const emailed = entry("labels.emailed", { to: ["a@example.com", "b@example.com"], format: "PDF_4X6", trackingNumber: "999" }, { entityType: "Shipment" });
    expect(sentence("en", emailed)).toBe("Léa emailed the label 999 to a@example.com, b@example.com");
    expect(sentence("en", entry("labels.emailed", { to: ["a@example.com"], number: 4 }))).toBe("Léa emailed the labels of batch 4 to a@example.com");

    const role = entry("member.role_changed", { userId: "u1", email: "sam@example.com", from: "SHIPPER", to: "ADMIN" }, { entityType: "Membership" });
    expect(sentence("en", role)).toBe("Léa changed the role of sam@example.com from shipper to admin");
    expect(sentence("fr", role)).toBe("Léa a changé le rôle de sam@example.com de expéditeur à administrateur");

    const invoice = entry("invoice.issued", { number: 3, period: "2026-11", amountCents: 12000 }, { entityType: "Invoice" });
    expect(sentence("en", invoice)).toBe("Léa issued invoice 3 for November 2026: $120.00");
  });

  it("falls back to the object as it is now when an older entry stored no name", () => {
    const old = entry("batch.rows_added", { fromContacts: 2 }, { entityType: "Batch", target: { number: "7" } });
    expect(sentence("en", old)).toBe("Léa added 2 recipients from the address book to batch 7");
    expect(sentence("en", entry("template.deleted", {}, { target: null }))).toBe("Léa deleted a parcel template");
    expect(sentence("en", entry("member.role_changed", { userId: "u1", from: "VIEWER", to: "OWNER" }, { target: { name: "kim@example.com" } }))).toBe(
      "Léa changed the role of kim@example.com from viewer to owner",
    );
  });

  it("names API keys, and the key a change came through", () => {
    const created = entry("apiKey.created", { name: "Shop checkout", mode: "LIVE", scope: "RATES" }, { entityType: "ApiKey" });
    expect(sentence("en", created)).toBe("Léa created the live API key Shop checkout");
    expect(sentence("fr", created)).toBe("Léa a créé la clé d'API de production Shop checkout");
    expect(describeAudit(created, "acme").href).toBe("/b/acme/developers");
    expect(sentence("en", entry("apiKey.revoked", { name: "Old" }))).toBe("Léa revoked the API key Old");
    const viaKey = entry("contact.created", { name: "Zoé", apiKey: { id: "k1", name: "Shop" } }, { entityType: "Contact" });
    expect(sentence("en", viaKey)).toBe("Léa added Zoé to the address book (API key «Shop»)");
    expect(sentence("fr", viaKey)).toBe("Léa a ajouté Zoé au carnet d'adresses (clé d'API « Shop »)");
    expect(describeAudit(entry("contact.created", { name: "Zoé" }), "acme").apiKey).toBeNull();
  });

  it("an action without a sentence still reads as one", () => {
    expect(sentence("en", entry("robot.did", {}))).toBe("Léa recorded the event robot.did");
  });
});
