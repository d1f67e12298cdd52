import { beforeAll, describe, expect, it, vi } from "vitest";
import { createTranslator } from "next-intl";
import { currentUser } from "@/lib/auth/session";
import { FieldsError } from "@/lib/errors";
import { IDLE } from "@/lib/forms/state";
import { MESSAGES } from "@/lib/i18n/messages";
import type { Actor } from "@/lib/tenancy/actor";
import { withTenant } from "@/lib/tenancy/context";
import { createTestBusiness, form, type TestBusiness } from "@/tests/fixtures";
import { importContactsAction } from "@/app/b/[business]/contacts/import/actions";
import { contactRow, createContact } from "../contacts";
import { exportContactsCsv } from "../export-contacts";
import { contactSchema } from "../schemas";
import { getRememberedMapping, importContacts } from "./import-contacts";
import { guessMapping, type ColumnMapping } from "./mapping";
import { problemText, type Translate } from "./messages";
import { parseImportFile } from "./parse-file";
import { previewContact } from "./preview";
import { importFormValues } from "./request";
import { importRequestSchema, type ImportMode } from "./schemas";
import { checkRows } from "./validate";

vi.mock("@/lib/auth/session", () => ({ currentUser: vi.fn() }));

const t = (locale: "en" | "fr") => createTranslator({ locale, messages: MESSAGES[locale] }) as unknown as Translate;

const actorOf = (b: TestBusiness): Actor => ({ businessId: b.id, userId: b.owner.id, role: "OWNER", slug: b.slug });

async function fileOf(text: string, name = "contacts.csv") {
  return parseImportFile({ name, bytes: new TextEncoder().encode(text) });
}

function request(table: Awaited<ReturnType<typeof fileOf>>, mapping: ColumnMapping, mode: ImportMode, fileName = "contacts.csv") {
  return importRequestSchema.parse(importFormValues(table, mapping, mode, fileName));
}

const storedContacts = (businessId: string) =>
  withTenant({ businessId, userId: null }, (tx) =>
    tx.contact.findMany({ where: { businessId }, orderBy: [{ name: "asc" }, { line1: "asc" }], omit: { id: true, businessId: true, createdAt: true, updatedAt: true } }),
  );

const CSV_WITH_A_BAD_ROW = [
  "Nom;Adresse;Ville;Province;Code postal;Pays;Courriel;Étiquettes",
  "Zoé Gagnon;12 rue Saint-Jean;Québec;QC;g1r4p5;Canada;zoe@example.com;vip, b2b",
  "Marc Tremblay;1 Front St W;Toronto;QC;M5J 2X5;Canada;;",
  "Ann Lee;350 5th Ave;New York;NY;10118;États-Unis;ann@example;",
  ";;;;;;;",
  "Jean Dupont;8 rue de Rivoli;Paris;;75004;France;;",
].join("\r\n");

let alpha: TestBusiness;

beforeAll(async () => {
  alpha = await createTestBusiness("import");
});

describe("checking the rows of a file", () => {
  it("gives each bad row its row number and the form's own message, in English and French", async () => {
    const table = await fileOf(CSV_WITH_A_BAD_ROW);
    const mapping = guessMapping(table.headers);
    expect(mapping).toEqual(["name", "line1", "city", "province", "postalCode", "country", "email", "tags"]);
    const checked = checkRows(table, mapping, contactRow);
    const bad = checked.filter((r) => !r.result.ok).map((r) => ({ row: r.rowNumber, problems: r.result.ok ? [] : r.result.problems }));
    expect(bad.map((b) => b.row)).toEqual([3, 4]);
    expect(bad[0]!.problems.map((p) => problemText(p, t("en")))).toEqual(["Postal or ZIP code: This postal code belongs to Ontario, not Quebec."]);
    expect(bad[0]!.problems.map((p) => problemText(p, t("fr")))).toEqual(["Code postal ou ZIP : Ce code postal appartient à l'Ontario, pas au Québec."]);
    expect(bad[1]!.problems.map((p) => problemText(p, t("en")))).toEqual(["Email: Enter an email address like name@example.com."]);
    const zoe = checked[0]!.result;
    expect(zoe.ok && zoe.value).toMatchObject({ postalCode: "G1R 4P5", tags: ["vip", "b2b"], country: "CA" });
  });

  it("finds in the browser's preview exactly the problems the server finds", async () => {
    const table = await fileOf(CSV_WITH_A_BAD_ROW + "\nLéa Roy;1 Main St;;;K1A 0B1;;;\nBob;;Laval;QC;H7N 1A1;CA;;\n");
    const mapping = guessMapping(table.headers);
    const server = checkRows(table, mapping, contactRow);
    const browser = checkRows(table, mapping, previewContact);
    expect(browser.map((r) => (r.result.ok ? "ok" : r.result.problems))).toEqual(server.map((r) => (r.result.ok ? "ok" : r.result.problems)));
    // The preview shows what will be stored: the city and province filled from the postal code.
    const lea = browser.find((r) => r.values.name === "Léa Roy")!.result;
    expect(lea.ok && lea.value).toMatchObject({ city: "Ottawa", province: "ON", postalCode: "K1A 0B1", country: "CA" });
  });

  it("reports an unknown country and a zod problem (too many tags) per field", async () => {
    const table = await fileOf("name,line1,city,postal code,country,tags\nAnn,1 Main St,Ottawa,K1A 0B1,Narnia,\nBob,1 Main St,Ottawa,K1A 0B1,CA,a,b,c,d,e,f,g,h,i,j,k\n");
    const checked = checkRows(table, guessMapping(table.headers), contactRow);
    expect(checked[0]!.result.ok ? [] : checked[0]!.result.problems.map((p) => problemText(p, t("en")))).toEqual([
      "Country: We do not know the country “Narnia”. Use its name in English or French, or its two-letter code, like CA or US.",
    ]);
    // The unquoted commas make extra columns: only the first tag is in the tags column.
    expect(checked[1]!.result.ok).toBe(true);
    const quoted = await fileOf('name,line1,city,postal code,tags\nBob,1 Main St,Ottawa,K1A 0B1,"a,b,c,d,e,f,g,h,i,j,k"\n');
    const [row] = checkRows(quoted, guessMapping(quoted.headers), contactRow);
    expect(row!.result.ok ? [] : row!.result.problems.map((p) => problemText(p, t("en")))).toEqual(["Tags: Use at most 10 tags."]);
  });

  it("names the field and Canada Post's limit of a cell too long, once, in both languages", async () => {
    const table = await fileOf(`name,line1,city,postal code\n${"x".repeat(45)},1 Main St,Ottawa,K1A 0B1\n`);
    const [row] = checkRows(table, guessMapping(table.headers), contactRow);
    const texts = (locale: "en" | "fr") => (row!.result.ok ? [] : row!.result.problems.map((p) => problemText(p, t(locale))));
    expect(texts("en")).toEqual(["Name: at most 44 characters"]);
    expect(texts("fr")).toEqual(["Nom : au plus 44 caractères"]);
  });
});

describe("importing", () => {
  it("all or nothing refuses a file with a bad row and changes nothing", async () => {
    const b = await createTestBusiness("import-all");
    const table = await fileOf(CSV_WITH_A_BAD_ROW);
    const error = await importContacts(actorOf(b), request(table, guessMapping(table.headers), "all")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FieldsError);
    expect((error as FieldsError).problems.rows).toEqual({ code: "allOrNothing", values: { count: "2", rows: "3, 4" } });
    expect(await storedContacts(b.id)).toEqual([]);
  });

  it("valid rows only imports the others, records one audit entry and remembers the mapping", async () => {
    const b = await createTestBusiness("import-valid");
    const table = await fileOf(CSV_WITH_A_BAD_ROW, "carnet.csv");
    const mapping = guessMapping(table.headers);
    mapping[6] = null; // the person chose not to import the emails
    const outcome = await importContacts(actorOf(b), request(table, mapping, "valid", "carnet.csv"));
    expect(outcome).toEqual({ rows: 4, imported: 3, invalid: 1, existing: 0 });
    const stored = await storedContacts(b.id);
    expect(stored.map((c) => [c.name, c.postalCode, c.country, c.email])).toEqual([
      ["Ann Lee", "10118", "US", null],
      ["Jean Dupont", "75004", "FR", null],
      ["Zoé Gagnon", "G1R 4P5", "CA", null],
    ]);
    expect(stored[2]!.searchText).toBe("zoe gagnon quebec g1r 4p5 g1r4p5");
    const audit = await withTenant({ businessId: b.id, userId: null }, (tx) => tx.auditLog.findMany({ where: { businessId: b.id, action: "contact.imported" } }));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.details).toEqual({ name: "carnet.csv", mode: "valid", rows: 4, imported: 3, invalid: 1, existing: 0 });

    const remembered = await getRememberedMapping(actorOf(b));
    expect(remembered).toMatchObject({ Nom: "name", Courriel: "", "Code postal": "postalCode" });
    // Next time, the same headers come back as chosen, not as guessed.
    expect(guessMapping(table.headers, remembered)[6]).toBeNull();
    expect(guessMapping(table.headers)[6]).toBe("email");
  });

  it("skips rows already in the address book, keeps duplicates within the file", async () => {
    const b = await createTestBusiness("import-again");
    const table = await fileOf("name,line1,city,province,postal code\nAnn,1 Main St,Ottawa,ON,K1A 0B1\nAnn,1 Main St,Ottawa,ON,K1A 0B1\nBob,2 Main St,Ottawa,ON,K1A 0B1\n");
    const mapping = guessMapping(table.headers);
    expect(await importContacts(actorOf(b), request(table, mapping, "all"))).toEqual({ rows: 3, imported: 3, invalid: 0, existing: 0 });
    expect(await importContacts(actorOf(b), request(table, mapping, "all"))).toEqual({ rows: 3, imported: 0, invalid: 0, existing: 3 });
    expect(await storedContacts(b.id)).toHaveLength(3);
  });

  it("refuses a file without any valid row", async () => {
    const table = await fileOf("name,city\nAnn,Ottawa\n");
    const error = await importContacts(actorOf(alpha), request(table, guessMapping(table.headers), "valid")).catch((e: unknown) => e);
    expect((error as FieldsError).problems.rows).toEqual({ code: "noValidRows" });
  });

  it("re-imports the address book's own CSV export identically", async () => {
    const source = await createTestBusiness("export-src");
    const target = await createTestBusiness("export-dst");
    const add = (values: Record<string, string>) => createContact(actorOf(source), contactSchema.parse(values));
    await add({ name: "Zoé Gagnon", company: "Gagnon & Fils, inc.", line1: "12 rue Saint-Jean", line2: "App. 3", city: "Québec", province: "QC", postalCode: "G1R 4P5", country: "CA", phone: "+1 418 555 0100", email: "zoe@example.com", notes: 'Sonner deux fois.\r\nPorte "arrière".', tags: "VIP, grossiste", taxId: "" });
    await add({ name: "", company: "=Formula Corp", line1: "350 5th Ave", city: "New York", province: "NY", postalCode: "10118-1234", country: "US", phone: "-5", tags: "" });
    await add({ name: "Jean Dupont", line1: "8 rue de Rivoli", city: "Paris", postalCode: "75004", country: "FR", taxId: "FR12345678901", tags: "eu" });
    await add({ name: "Léa Roy", line1: "1 Main St", city: "", province: "", postalCode: "K1A 0B1", country: "CA" });
    const { csv, count } = await exportContactsCsv(actorOf(source), { q: "", tag: "", country: "" });
    expect(count).toBe(4);

    const table = await fileOf(csv, `contacts-${source.slug}.csv`);
    const mapping = guessMapping(table.headers);
    expect(mapping.every(Boolean)).toBe(true);
    expect(checkRows(table, mapping, contactRow).every((r) => r.result.ok)).toBe(true);
    expect(await importContacts(actorOf(target), request(table, mapping, "all"))).toEqual({ rows: 4, imported: 4, invalid: 0, existing: 0 });
    expect(await storedContacts(target.id)).toEqual(await storedContacts(source.id));
  });

  it("imports 5,000 rows in one go", async () => {
    const b = await createTestBusiness("import-5000");
    const lines = ["Name,Company,Address,City,Province,Postal Code,Country,Phone,Email,Tags"];
    for (let i = 0; i < 5_000; i++) {
      lines.push(`Client ${i},${i % 3 ? "" : `Société ${i}`},${i} rue Sainte-Catherine,${i % 2 ? "Montréal" : ""},QC,${i % 2 ? "h3b 1a7" : "H2X1Y4"},${i % 4 ? "CA" : "Canada"},514 555 ${String(i).padStart(4, "0")},client${i}@example.com,import; ${i % 5 ? "retail" : "wholesale"}`);
    }
    const started = performance.now();
    const table = await fileOf(lines.join("\n"));
    const parsed = performance.now();
    const input = importRequestSchema.parse(importFormValues(table, guessMapping(table.headers), "all", "big.csv"));
    const received = performance.now();
    const outcome = await importContacts(actorOf(b), input);
    const done = performance.now();
    const ms = (a: number, z: number) => `${(z - a).toFixed(0)} ms`;
    console.log(`5,000 rows: file read ${ms(started, parsed)}, request checked ${ms(parsed, received)}, rows checked and inserted ${ms(received, done)}; total ${ms(started, done)}`);
    expect(outcome).toEqual({ rows: 5_000, imported: 5_000, invalid: 0, existing: 0 });
    expect(await withTenant({ businessId: b.id, userId: null }, (tx) => tx.contact.count({ where: { businessId: b.id } }))).toBe(5_000);
  });
});

describe("the import action", () => {
  it("imports into the member's business and says how many rows it skipped", async () => {
    vi.mocked(currentUser).mockResolvedValue(alpha.owner);
    const table = await fileOf(CSV_WITH_A_BAD_ROW);
    const result = await importContactsAction(alpha.slug, IDLE, form(importFormValues(table, guessMapping(table.headers), "valid", "contacts.csv")));
    expect(result).toEqual({ status: "ok", message: "Imported 2 contacts; 2 rows skipped." });
  });

  it("refuses all or nothing with the rows in error, and malformed input", async () => {
    vi.mocked(currentUser).mockResolvedValue(alpha.owner);
    const table = await fileOf(CSV_WITH_A_BAD_ROW);
    const refused = await importContactsAction(alpha.slug, IDLE, form(importFormValues(table, guessMapping(table.headers), "all", "contacts.csv")));
    expect(refused).toMatchObject({ status: "error", fieldErrors: { rows: "Nothing was imported: 2 rows have errors (rows 3, 4). Fix the file, or import only the valid rows." } });
    const values = importFormValues(table, guessMapping(table.headers), "valid", "x.csv");
    const malformed = await importContactsAction(alpha.slug, IDLE, form({ ...values, rows: "[[1,2]]" }));
    expect(malformed).toMatchObject({ status: "error", error: "Some fields need your attention." });
  });
});
