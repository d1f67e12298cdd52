/**
 * Every schema that reads what a person (or a page) sends, fed random text in every field: parsing
 * never throws, and every problem is a specific sentence next to its field, in English and in
 * French. The registry below is checked against the code: a new exported schema in lib/ or a new
 * server action without its schema registered fails the first tests.
 */
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import type { z } from "zod";
import type { FieldProblem } from "@/lib/errors";
import { emailLinkSchema, emailSchema, localeSchema, passwordSchema, personNameSchema, signInSchema, signUpSchema } from "@/lib/auth/schemas";
import { orderImportSchema } from "@/lib/batches/import/schemas";
import { businessNameSchema } from "@/lib/businesses/name";
import { carrierAccountSchema } from "@/lib/carriers/accounts/schema";
import { MAX_TAX_IDS, profileSchema } from "@/lib/businesses/profile-schema";
import { importRequestSchema } from "@/lib/contacts/import/schemas";
import { contactQuerySchema, contactSchema, tagsSchema } from "@/lib/contacts/schemas";
import { schemaFor, type SchemaFor } from "@/lib/forms/fields";
import { FIELD_NAMING_CODES, fieldOfIssue, problemOfIssue } from "@/lib/forms/issues";
import { fieldLabel, fieldMessage } from "@/lib/forms/problems";
import { LOCALES, type AppLocale } from "@/lib/i18n/locales";
import { MESSAGES } from "@/lib/i18n/messages";
import { locationSchema } from "@/lib/locations/schemas";
import { changeRoleSchema, idSchema, invitationIdSchema, inviteMemberSchema, membershipIdSchema, roleSchema } from "@/lib/members/schemas";
import { transactionQuerySchema } from "@/lib/payments/account-view";
import { openReturnIdSchema, openReturnSchema, printOpenReturnSchema } from "@/lib/open-returns/schemas";
import { pickupFormSchema } from "@/lib/pickups/form-schema";
import { quickQuoteSchema } from "@/lib/rates/quick-quote-schema";
import { returnQuerySchema } from "@/lib/returns/list-schema";
import { returnSettingsSchema } from "@/lib/returns/settings-schema";
import { returnLookupSchema, returnRequestSchema } from "@/lib/returns-page/form-schema";
import { businessSettingsSchema, userSettingsSchema } from "@/lib/settings/schemas";
import { EMPTY_DRAFT } from "@/lib/shipments/draft";
import { DRAFT_LIMITS } from "@/lib/forms/limits";
import { applyTypedFields, DRAFT_FIELD_NAMES, draftFieldsSchema } from "@/lib/shipments/draft-schema";
import { shipmentQuerySchema } from "@/lib/shipments/list-schema";
import { templateSchema } from "@/lib/templates/schemas";
import { webhookEndpointSchema } from "@/lib/webhooks/schema";
import { discoverServerActions } from "./cross-tenant/action-catalogue";

// The actions' files are imported for their schemas only; no session is read.
vi.mock("@/lib/auth/session", () => ({ currentUser: vi.fn(), currentSession: vi.fn() }));
vi.mock("@/lib/auth/config", () => ({ auth: vi.fn(), signIn: vi.fn(), signOut: vi.fn(), keepThisSession: vi.fn() }));

type AnySchema = SchemaFor<z.ZodType>;
const PROFILE_ROWS = Array.from({ length: MAX_TAX_IDS }, (_, i) => [`taxIdType_${i}`, `taxIdCountry_${i}`, `taxIdNumber_${i}`]).flat();

/** The schemas of lib/ that read input, by file and name, with the form fields a schema reads besides its shape's. */
const LIB_SCHEMAS: Record<string, { schema: AnySchema; extraFields?: string[] }> = {
  "lib/auth/schemas.ts#signUpSchema": { schema: signUpSchema },
  "lib/auth/schemas.ts#signInSchema": { schema: signInSchema },
  "lib/auth/schemas.ts#emailLinkSchema": { schema: emailLinkSchema },
  "lib/batches/import/schemas.ts#orderImportSchema": { schema: orderImportSchema },
  "lib/businesses/profile-schema.ts#profileSchema": { schema: profileSchema, extraFields: PROFILE_ROWS },
  "lib/carriers/accounts/schema.ts#carrierAccountSchema": { schema: carrierAccountSchema },
  "lib/contacts/import/schemas.ts#importRequestSchema": { schema: importRequestSchema },
  "lib/contacts/schemas.ts#contactSchema": { schema: contactSchema },
  "lib/contacts/schemas.ts#contactQuerySchema": { schema: contactQuerySchema },
  "lib/locations/schemas.ts#locationSchema": { schema: locationSchema },
  "lib/members/schemas.ts#inviteMemberSchema": { schema: inviteMemberSchema },
  "lib/members/schemas.ts#changeRoleSchema": { schema: changeRoleSchema },
  "lib/members/schemas.ts#membershipIdSchema": { schema: membershipIdSchema },
  "lib/members/schemas.ts#invitationIdSchema": { schema: invitationIdSchema },
  "lib/payments/account-view.ts#transactionQuerySchema": { schema: transactionQuerySchema },
  "lib/open-returns/schemas.ts#openReturnSchema": { schema: openReturnSchema },
  "lib/open-returns/schemas.ts#printOpenReturnSchema": { schema: printOpenReturnSchema },
  "lib/open-returns/schemas.ts#openReturnIdSchema": { schema: openReturnIdSchema },
  "lib/pickups/form-schema.ts#pickupFormSchema": { schema: pickupFormSchema },
  "lib/rates/quick-quote-schema.ts#quickQuoteSchema": { schema: quickQuoteSchema },
  "lib/returns/list-schema.ts#returnQuerySchema": { schema: returnQuerySchema },
  "lib/returns/settings-schema.ts#returnSettingsSchema": { schema: returnSettingsSchema },
  "lib/returns-page/form-schema.ts#returnRequestSchema": { schema: returnRequestSchema },
  "lib/settings/schemas.ts#businessSettingsSchema": { schema: businessSettingsSchema },
  "lib/settings/schemas.ts#userSettingsSchema": { schema: userSettingsSchema },
  "lib/shipments/draft-schema.ts#draftFieldsSchema": { schema: draftFieldsSchema },
  "lib/shipments/list-schema.ts#shipmentQuerySchema": { schema: shipmentQuerySchema },
  "lib/templates/schemas.ts#templateSchema": { schema: templateSchema },
  "lib/webhooks/schema.ts#webhookEndpointSchema": { schema: webhookEndpointSchema },
};

/** Exported schemas that are parts of the ones above (fuzzed through them), or that read no input. */
const PARTS: Record<string, string> = {
  "lib/auth/schemas.ts#emailSchema": "part of signUpSchema, signInSchema, inviteMemberSchema",
  "lib/auth/schemas.ts#personNameSchema": "part of signUpSchema and the account's profile action",
  "lib/auth/schemas.ts#passwordSchema": "part of signUpSchema and the password action",
  "lib/auth/schemas.ts#localeSchema": "part of signUpSchema and the account's profile action",
  "lib/businesses/name.ts#businessNameSchema": "part of profileSchema and the new business action",
  "lib/contacts/schemas.ts#tagsSchema": "part of contactSchema",
  "lib/contacts/import/schemas.ts#importRowsSchema": "part of importRequestSchema and orderImportSchema",
  "lib/contacts/import/schemas.ts#rowNumbersSchema": "part of importRequestSchema and orderImportSchema",
  "lib/contacts/import/schemas.ts#rememberedMappingSchema": "reads the mapping the app stored, not input",
  "lib/members/schemas.ts#roleSchema": "part of inviteMemberSchema and changeRoleSchema",
  "lib/members/schemas.ts#idSchema": "part of the members' schemas",
  "lib/returns-page/form-schema.ts#returnLookupSchema": "part of returnRequestSchema (its first step)",
};
// The parts are imported so that renaming one fails here too.
void [emailSchema, personNameSchema, passwordSchema, localeSchema, businessNameSchema, tagsSchema, roleSchema, idSchema, returnLookupSchema];

/** Server actions that parse their input themselves, with the registered schema they use. */
const UNWRAPPED_ACTIONS: Record<string, string> = {
  "app/signin/actions.ts#signInWithPassword": "lib/auth/schemas.ts#signInSchema",
  "app/signin/actions.ts#signInWithEmailLink": "lib/auth/schemas.ts#emailLinkSchema",
  "app/signup/actions.ts#signUpAction": "lib/auth/schemas.ts#signUpSchema",
  // Step 1 reads returnLookupSchema (part of it); the items chosen are read against the order (readChosenItems).
  "app/returns/[business]/actions.ts#returnsPageAction": "lib/returns-page/form-schema.ts#returnRequestSchema",
  // A select of two languages; anything else is ignored, nothing is shown.
  "app/actions/locale.ts#setLocaleAction": "none",
  // Take no input.
  "app/actions/sign-out.ts#signOutAction": "none",
  "app/verify-email/actions.ts#resendVerificationAction": "none",
};

/** Every `export const …Schema` of lib/ (tests aside). */
function exportedSchemas(root = "lib"): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
        for (const m of fs.readFileSync(full, "utf8").matchAll(/export\s+const\s+(\w+Schema)\b/g)) found.push(`${full.split(path.sep).join("/")}#${m[1]}`);
      }
    }
  };
  walk(root);
  return found.sort();
}

/** The form fields a schema reads, from its shape (through pipes, intersections, defaults). */
function fieldNames(schema: z.ZodType): string[] {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  const inner = (key: string) => (def[key] ? fieldNames(def[key] as z.ZodType) : []);
  switch (def.type) {
    case "object":
      return Object.keys(def.shape as object);
    case "pipe":
      return [...inner("in"), ...inner("out")];
    case "intersection":
      return [...inner("left"), ...inner("right")];
    case "optional":
    case "default":
    case "nullable":
      return inner("innerType");
    default:
      return [];
  }
}

/** The schemas of every wrapped server action, found by importing each "use server" file (but those that parse their input themselves). */
async function actionSchemas(): Promise<{ key: string; schema: AnySchema | null }[]> {
  const out: { key: string; schema: AnySchema | null }[] = [];
  for (const { file, name } of discoverServerActions()) {
    if (`${file}#${name}` in UNWRAPPED_ACTIONS) continue;
    const mod = (await import(/* @vite-ignore */ path.resolve(file))) as Record<string, { inputSchema?: AnySchema }>;
    out.push({ key: `${file}#${name}`, schema: mod[name]?.inputSchema ?? null });
  }
  return out;
}

/** Text people and scripts send: numbers in every spelling, huge, unicode, control characters, JSON. */
const TRICKY = [
  "", " ", "0", "-0", "1e9", "1E9", "0x10", "0b101", "NaN", "Infinity", "-Infinity", "2,5", "2.5", " 12 ", "1,000.50", "1 000", "0.0001", "0,0001", "12.345",
  "999999999999999999999", "-1", "+5", "1/2", "٣", "１２", "$12.50", "12,50 $", "2026-12-31", "2026-13-45", "12:00", "\u0000", "\t\n\r", "\u202e", "\ud800", "🎁".repeat(40),
  "x".repeat(45), "x".repeat(189), "x".repeat(5_000), "<b>", "'; DROP TABLE shipment; --", "{}", "[]", "[{}]", "[1e999]", "{\"a\":", "null", "true", "on", "1",
  JSON.stringify([{ email: "x".repeat(100), events: ["shipped"] }]), JSON.stringify([{ description: "Mug", quantity: 1e9, unitValueCents: "0x10" }]),
  JSON.stringify([["a", "b"]]), JSON.stringify([{ header: "Name", field: "name" }]), JSON.stringify([2, 3]),
  "METRIC", "IMPERIAL", "CA", "US", "FR", "DOM.EP", "OWNER", "BOX", "PDF_4X6", "en", "fr", "kg", "lb", "other",
];
const value = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TRICKY) },
  { weight: 2, arbitrary: fc.string({ maxLength: 80 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 300 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 60 }) },
  { weight: 1, arbitrary: fc.oneof(fc.double(), fc.integer(), fc.bigInt()).map(String) },
);

/** Messages that say nothing about what to fix: no issue may end on them. */
const GENERIC = new Set(["invalid", "tooLong", "tooShort"]);
const INT_MAX = 2 ** 31 - 1;

/** Every number in a parsed value, to check none could overflow a column. */
function numbersIn(v: unknown): number[] {
  if (typeof v === "number") return [v];
  if (Array.isArray(v)) return v.flatMap(numbersIn);
  if (v && typeof v === "object") return Object.values(v).flatMap(numbersIn);
  return [];
}

/** The sentence of every problem, checked once per language, field and key. */
const checked = new Set<string>();
function expectFieldMessage(locale: AppLocale, field: string, problem: FieldProblem, where: string) {
  const seen = `${locale}|${field.replace(/\.\d+/g, ".N")}|${problem.code}|${Object.keys(problem.values ?? {}).join()}`;
  if (checked.has(seen)) return;
  checked.add(seen);
  const context = `${where} (${locale}) ${field}: ${JSON.stringify(problem)}`;
  expect(field, context).not.toBe("_form");
  expect(GENERIC.has(problem.code), context).toBe(false);
  expect(Object.hasOwn(MESSAGES[locale].validation, problem.code), context).toBe(true);
  if (FIELD_NAMING_CODES.has(problem.code)) expect(fieldLabel(locale, field), context).not.toBeNull();
  const message = fieldMessage(locale, field, problem);
  expect(message, context).not.toMatch(/[{}]|^validation\./);
  expect(message.length, context).toBeGreaterThan(3);
}

function fuzz(where: string, schema: AnySchema, fields: string[], runs: number) {
  for (const locale of LOCALES) {
    const parser = schemaFor(schema, locale);
    const input = fc.dictionary(fc.constantFrom(...fields), value, { maxKeys: fields.length });
    fc.assert(
      fc.property(input, (values) => {
        const result = parser.safeParse(values);
        if (result.success) {
          for (const n of numbersIn(result.data)) if (!Number.isNaN(n)) expect(Math.abs(n), `${where}: ${n} from ${JSON.stringify(values).slice(0, 300)}`).toBeLessThanOrEqual(INT_MAX);
          return;
        }
        for (const issue of result.error.issues) expectFieldMessage(locale, fieldOfIssue(issue), problemOfIssue(issue), where);
      }),
      { numRuns: runs },
    );
  }
}

describe("every input schema is registered", () => {
  it("every exported schema of lib/ is fuzzed here, or named as a part of one that is", () => {
    expect(exportedSchemas()).toEqual([...Object.keys(LIB_SCHEMAS), ...Object.keys(PARTS)].sort());
  });

  it("every server action validates with a schema the wrapper exposes, or one registered here", async () => {
    const missing = (await actionSchemas()).filter((a) => !a.schema && !(a.key in UNWRAPPED_ACTIONS)).map((a) => a.key);
    expect(missing).toEqual([]);
    for (const schema of Object.values(UNWRAPPED_ACTIONS)) if (schema !== "none") expect(Object.keys(LIB_SCHEMAS)).toContain(schema);
  });
});

describe("random text in every field: never an exception, always a field message in both languages", () => {
  for (const [key, { schema, extraFields = [] }] of Object.entries(LIB_SCHEMAS)) {
    it(key, () => {
      const fields = [...new Set([...fieldNames(schemaFor(schema, "en")), ...extraFields])];
      expect(fields.length, key).toBeGreaterThan(0);
      fuzz(key, schema, fields, 150);
    });
  }

  it("the batch sheet's row, read field by field over a stored row (applyTypedFields)", () => {
    for (const locale of LOCALES) {
      for (const units of ["METRIC", "IMPERIAL"] as const) {
        fc.assert(
          fc.property(fc.dictionary(fc.constantFrom(...DRAFT_FIELD_NAMES), value), (typed) => {
            const { draft, errors } = applyTypedFields(EMPTY_DRAFT, typed, units, locale);
            for (const [field, problem] of Object.entries(errors)) expectFieldMessage(locale, field, problem, "applyTypedFields");
            // What is kept fits its column and Canada Post's lengths.
            for (const n of numbersIn(draft)) expect(Number.isInteger(n) && Math.abs(n) <= INT_MAX, `${n} from ${JSON.stringify(typed).slice(0, 300)}`).toBe(true);
            // Lengths in characters (code points), as Canada Post and zod count them.
            const chars = (text: string | null) => [...(text ?? "")].length;
            for (const f of ["name", "company", "line1", "line2", "city", "phone", "email"] as const) expect(chars(draft.recipient[f])).toBeLessThanOrEqual(DRAFT_LIMITS[f]);
            expect(chars(draft.reference1)).toBeLessThanOrEqual(DRAFT_LIMITS.reference1);
          }),
          { numRuns: 300 },
        );
      }
    }
  });

  it("every server action's schema", async () => {
    for (const { key, schema } of await actionSchemas()) {
      if (!schema) continue;
      // The batch sheet's row sends the draft's fields beside its ids (read one by one by the service).
      const extra = key.endsWith("#saveRowAction") ? [...DRAFT_FIELD_NAMES] : key.includes("/settings/") ? PROFILE_ROWS : [];
      const fields = [...new Set([...fieldNames(schemaFor(schema, "en")), ...extra])];
      fuzz(key, schema, fields.length ? fields : ["unexpected"], 60);
    }
  });
});
