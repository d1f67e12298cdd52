import { beforeAll, describe, expect, it } from "vitest";
import { createTestBusiness } from "@/tests/fixtures";
import { FieldsError } from "@/lib/errors";
import type { Actor } from "@/lib/tenancy/actor";
import { withTenant } from "@/lib/tenancy/context";
import { CONTACT_SORTS, contactQuerySchema, contactSchema } from "./schemas";
import { contactSearchText } from "./search-text";
import { CONTACTS_PAGE_SIZE, contactFilters, createContact, deleteContact, getContact, listContacts, updateContact } from "./contacts";
import { exportContactsCsv } from "./export-contacts";

const input = (over: Record<string, string> = {}) =>
  contactSchema.parse({ name: "Zoé Gagnon", line1: "12 rue Saint-Jean", city: "Québec", province: "QC", postalCode: "g1r4p5", country: "CA", tags: "VIP, wholesale", ...over });
const query = (over: Record<string, string> = {}) => contactQuerySchema.parse(over);

let actor: Actor;

beforeAll(async () => {
  const b = await createTestBusiness("contacts");
  actor = { businessId: b.id, userId: b.owner.id, role: "OWNER", slug: b.slug };
  await createContact(actor, input());
  await createContact(actor, input({ name: "Marc Tremblay", company: "Tremblay Inc.", line1: "1 Front St W", city: "Toronto", province: "ON", postalCode: "M5J 2X5", tags: "wholesale" }));
  await createContact(actor, input({ name: "Ann Lee", line1: "350 5th Ave", city: "New York", province: "NY", postalCode: "101181234", country: "US", tags: "" }));
  await createContact(actor, input({ name: "Jean Dupont", line1: "8 rue de Rivoli", city: "Paris", province: "", postalCode: "75004", country: "FR", tags: "" }));
});

const names = async (over: Record<string, string> = {}) => (await listContacts(actor, query(over))).rows.map((r) => r.name);

describe("address book", () => {
  it("stores contacts normalised, with lower-case tags", async () => {
    const { rows } = await listContacts(actor, query({ q: "zoe" }));
    expect(rows[0]).toMatchObject({ postalCode: "G1R 4P5", tags: ["vip", "wholesale"], country: "CA" });
    expect((await listContacts(actor, query({ q: "ann" }))).rows[0]).toMatchObject({ postalCode: "10118-1234", province: "NY" });
  });

  it("searches as you type in name, company, city, postal code and email, ignoring accents and spaces", async () => {
    expect(await names({ q: "gagn" })).toEqual(["Zoé Gagnon"]);
    expect(await names({ q: "quebec" })).toEqual(["Zoé Gagnon"]);
    expect(await names({ q: "g1r4p5" })).toEqual(["Zoé Gagnon"]);
    expect(await names({ q: "M5J 2X5" })).toEqual(["Marc Tremblay"]);
    expect(await names({ q: "tremblay inc" })).toEqual(["Marc Tremblay"]);
    expect(await names({ q: "nobody" })).toEqual([]);
  });

  it("filters by tag and country, and sorts", async () => {
    expect(await names({ tag: "wholesale" })).toEqual(["Marc Tremblay", "Zoé Gagnon"]);
    expect(await names({ country: "fr" })).toEqual(["Jean Dupont"]);
    expect(await names({ sort: "city", dir: "desc" })).toEqual(["Marc Tremblay", "Zoé Gagnon", "Jean Dupont", "Ann Lee"]);
    expect(await contactFilters(actor)).toEqual({ tags: ["vip", "wholesale"], countries: ["CA", "FR", "US"] });
  });

  it("refuses an address Canada Post would refuse, field by field", async () => {
    const error = await createContact(actor, input({ postalCode: "M5J 2X5" })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FieldsError);
    expect((error as FieldsError).problems.postalCode).toEqual({ code: "postalCodeProvinceMismatch", values: { postalProvince: "ON", province: "QC" } });
    const french = await createContact(actor, input({ country: "FR", province: "", postalCode: "", city: "Lyon" })).catch((e: unknown) => e);
    expect((french as FieldsError).problems.postalCode?.code).toBe("postalCodeRequiredForCountry");
  });

  it("edits and deletes within the business only", async () => {
    const [zoe] = (await listContacts(actor, query({ q: "zoe" }))).rows;
    await updateContact(actor, zoe!.id, input({ name: "Zoé Gagnon-Roy", email: "zoe@example.com" }));
    expect(await names({ q: "zoe@example" })).toEqual(["Zoé Gagnon-Roy"]);
    const other = await createTestBusiness("other");
    const stranger: Actor = { businessId: other.id, userId: other.owner.id, role: "OWNER", slug: other.slug };
    await expect(getContact(stranger, zoe!.id)).rejects.toMatchObject({ code: "notFound" });
    await expect(deleteContact(stranger, zoe!.id)).rejects.toMatchObject({ code: "notFound" });
    await deleteContact(actor, zoe!.id);
    await expect(getContact(actor, zoe!.id)).rejects.toMatchObject({ code: "notFound" });
  });

  it("exports what the list shows as CSV", async () => {
    const { csv, count } = await exportContactsCsv(actor, { q: "", tag: "", country: "US" });
    expect(count).toBe(1);
    const lines = csv.replace("\uFEFF", "").trim().split("\r\n");
    expect(lines[0]).toBe('"name","company","line1","line2","city","province","postal_code","country","phone","email","notes","tags","tax_id"');
    expect(lines[1]).toContain('"Ann Lee","","350 5th Ave","","New York","NY","10118-1234","US"');
  });
});

describe("sorting", () => {
  it("puts accented names where a reader expects them", async () => {
    const b = await createTestBusiness("accents");
    const owner: Actor = { businessId: b.id, userId: b.owner.id, role: "OWNER", slug: b.slug };
    for (const name of ["Zoé Roy", "Émile Roy", "emma Roy", "Olivier Roy"]) await createContact(owner, input({ name }));
    expect((await listContacts(owner, query())).rows.map((r) => r.name)).toEqual(["Émile Roy", "emma Roy", "Olivier Roy", "Zoé Roy"]);
  });
});

describe("paging", () => {
  it("shows 50 contacts a page with the total", async () => {
    const b = await createTestBusiness("paging");
    const owner: Actor = { businessId: b.id, userId: b.owner.id, role: "OWNER", slug: b.slug };
    await withTenant(owner, (tx) =>
      tx.contact.createMany({
        data: Array.from({ length: 120 }, (_, i) => {
          const row = { name: `Person ${String(i).padStart(3, "0")}`, line1: "1 Main St", city: "Ottawa", province: "ON", postalCode: "K1A 0B1", country: "CA" };
          return { ...row, businessId: b.id, searchText: contactSearchText(row) };
        }),
      }),
    );
    const page3 = await listContacts(owner, query({ page: "3" }));
    expect(page3).toMatchObject({ total: 120, pages: 3, page: 3 });
    expect(page3.rows).toHaveLength(120 - 2 * CONTACTS_PAGE_SIZE);
    expect(page3.rows[0]!.name).toBe("Person 100");
  });
});

describe("every sort, both ways", () => {
  it("orders by the column asked, empty companies last going up, then by id", async () => {
    const b = await createTestBusiness("sorts");
    const owner: Actor = { businessId: b.id, userId: b.owner.id, role: "OWNER", slug: b.slug };
    const cities = ["Ottawa", "Kingston", "Ottawa", "Barrie", "Kingston", "Ottawa"];
    for (const [i, city] of cities.entries()) {
      await createContact(owner, input({ name: `Person ${"FBDACE"[i]}`, company: i % 2 ? "" : `Company ${"QPRQPR"[i]}`, city, province: "ON", postalCode: "K1A 0B1", tags: "" }));
    }
    const all = (await listContacts(owner, query())).rows;
    for (const sort of CONTACT_SORTS) {
      for (const dir of ["asc", "desc"] as const) {
        const key = (c: (typeof all)[number]) => (sort === "createdAt" ? c.createdAt.toISOString() : c[sort]);
        const expected = [...all].sort((x, y) => {
          const [kx, ky] = [key(x), key(y)];
          if (kx !== ky) {
            // PostgreSQL puts nulls last going up, first going down.
            if (kx === null) return dir === "asc" ? 1 : -1;
            if (ky === null) return dir === "asc" ? -1 : 1;
            return (kx < ky ? -1 : 1) * (dir === "asc" ? 1 : -1);
          }
          return x.id < y.id ? -1 : 1;
        });
        expect((await listContacts(owner, query({ sort, dir }))).rows.map((r) => r.name), `${sort} ${dir}`).toEqual(expected.map((r) => r.name));
      }
    }
  });
});

describe("search", () => {
  it("takes the characters typed literally and never finds another business's contacts", async () => {
    const b = await createTestBusiness("literal");
    const owner: Actor = { businessId: b.id, userId: b.owner.id, role: "OWNER", slug: b.slug };
    await createContact(owner, input({ name: "Ann Lee", email: "ann_lee@example.com", tags: "" }));
    await createContact(owner, input({ name: "Annie Leblanc", email: "annxlee@example.com", tags: "" }));
    const found = async (q: string, who = owner) => (await listContacts(who, query({ q }))).rows.map((r) => r.name);
    expect(await found("ann_lee")).toEqual(["Ann Lee"]);
    expect(await found("ann%lee")).toEqual([]);
    expect(await found("annxlee")).toEqual(["Annie Leblanc"]);
    // The first business's contacts (Zoé Gagnon's tag, Marc Tremblay's company) are not this one's.
    expect(await found("tremblay")).toEqual([]);
    expect((await listContacts(owner, query({ tag: "wholesale" }))).total).toBe(0);
    expect((await exportContactsCsv(owner, { q: "tremblay", tag: "", country: "" })).count).toBe(0);
  });
});
