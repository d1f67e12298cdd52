/**
 * /api/v1/contacts: the address book. The same services and checks as the address book's pages
 * (lib/contacts): every field's limit and every address problem in the forms' words.
 */
import { z } from "zod";
import { CONTACTS_PAGE_SIZE, createContact, deleteContact, getContact, loadContacts, updateContact } from "@/lib/contacts/contacts";
import { searchContactIds } from "@/lib/contacts/contact-search";
import { contactSchema, CONTACT_SORTS, MAX_TAGS } from "@/lib/contacts/schemas";
import { isAppError } from "@/lib/errors";
import { SEARCH_LIMITS } from "@/lib/forms/limits";
import { withTenant } from "@/lib/tenancy/context";
import type { ApiActor } from "../actor";
import { cursorOffset, page } from "../cursor";
import { endpoint } from "../endpoint";
import { ApiError } from "../errors";
import { Contact, contactObject } from "../objects/contact";
import { Id, listOf, PageQuery } from "../schemas/common";

/** A contact as the form takes it, with its tags as a list. */
const ContactInput = contactSchema
  .omit({ tags: true })
  .extend({
    tags: z
      .array(z.string().trim().toLowerCase().max(30, "tagTooLong"))
      .max(MAX_TAGS, "tooManyTags")
      .default([])
      .meta({ description: `At most ${MAX_TAGS} tags of 30 characters.`, example: ["vip"] }),
  })
  .meta({ id: "ContactInput", description: "A contact: name or company, line 1, city and country are required; province and postal code where the country has them." });

/** Every field optional and without its default: a field not sent is not changed. */
const ContactPatch = z
  .object(Object.fromEntries(Object.entries(ContactInput.shape).map(([k, s]) => [k, (s instanceof z.ZodDefault ? (s.unwrap() as z.ZodType) : s).optional()])) as { [K in keyof typeof ContactInput.shape]: z.ZodOptional<z.ZodType<z.output<(typeof ContactInput.shape)[K]>>> })
  .meta({ id: "ContactPatch", description: "The fields to change; the others stay." });

const IdParams = z.object({ id: Id });

function contactInput(body: z.output<typeof ContactInput>) {
  return { ...body, tags: [...new Set(body.tags.filter(Boolean))] };
}

/** The contact, or the API's 404 (another business's contact reads as missing). */
async function found(actor: ApiActor, id: string) {
  try {
    return await getContact(actor, id);
  } catch (e) {
    if (isAppError(e) && e.code === "notFound") throw new ApiError(404, "not_found_error", "notFound", { id }, "id");
    throw e;
  }
}

export const listContactsEndpoint = endpoint({
  id: "listContacts",
  method: "GET",
  path: "/contacts",
  access: "read",
  tag: "Contacts",
  summary: "List the address book",
  description: "Search as in the address book: every word of `q` must match the name, company, city, postal code or email.",
  query: PageQuery.extend({
    q: z.string().max(SEARCH_LIMITS.q, "maxChars").default(""),
    tag: z.string().max(SEARCH_LIMITS.tag, "maxChars").default(""),
    country: z.string().max(2, "maxChars").default(""),
    sort: z.enum(CONTACT_SORTS).default("name"),
    dir: z.enum(["asc", "desc"]).default("asc"),
  }),
  response: listOf(Contact, "Contact"),
  errors: [400],
  async run({ actor, query }) {
    const offset = cursorOffset(query.cursor);
    const take = Math.min(query.limit, CONTACTS_PAGE_SIZE * 2);
    const rows = await withTenant(actor, async (tx) => {
      const { ids } = await searchContactIds(tx, query, { skip: offset, take: take + 1 });
      return loadContacts(tx, actor, ids);
    });
    const p = page(rows, offset, take);
    return { ...p, data: p.data.map(contactObject) };
  },
});

export const createContactEndpoint = endpoint({
  id: "createContact",
  method: "POST",
  path: "/contacts",
  access: "write",
  tag: "Contacts",
  summary: "Add a contact",
  body: ContactInput,
  response: Contact,
  status: 201,
  errors: [400, 422],
  async run({ actor, body }) {
    const { id } = await createContact(actor, contactInput(body));
    return contactObject(await getContact(actor, id));
  },
});

export const getContactEndpoint = endpoint({
  id: "getContact",
  method: "GET",
  path: "/contacts/{id}",
  access: "read",
  tag: "Contacts",
  summary: "One contact",
  params: IdParams,
  response: Contact,
  errors: [404],
  async run({ actor, params }) {
    return contactObject(await found(actor, params.id));
  },
});

export const updateContactEndpoint = endpoint({
  id: "updateContact",
  method: "PATCH",
  path: "/contacts/{id}",
  access: "write",
  tag: "Contacts",
  summary: "Change a contact",
  description: "Only the fields sent change; the whole contact is then checked as the form checks it.",
  params: IdParams,
  body: ContactPatch,
  response: Contact,
  errors: [400, 404, 422],
  async run({ actor, params, body }) {
    const current = await found(actor, params.id);
    const merged = ContactInput.parse({
      name: current.name,
      company: current.company ?? "",
      line1: current.line1,
      line2: current.line2 ?? "",
      city: current.city,
      province: current.province ?? "",
      postalCode: current.postalCode ?? "",
      country: current.country,
      phone: current.phone ?? "",
      email: current.email ?? "",
      notes: current.notes ?? "",
      taxId: current.taxId ?? "",
      tags: current.tags,
      ...Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined)),
    });
    await updateContact(actor, params.id, contactInput(merged));
    return contactObject(await getContact(actor, params.id));
  },
});

export const deleteContactEndpoint = endpoint({
  id: "deleteContact",
  method: "DELETE",
  path: "/contacts/{id}",
  access: "write",
  tag: "Contacts",
  summary: "Delete a contact",
  description: "Shipments already bought for the contact keep their address.",
  params: IdParams,
  response: z.object({ id: z.string(), deleted: z.literal(true) }).meta({ id: "DeletedContact" }),
  errors: [404],
  async run({ actor, params }) {
    await found(actor, params.id);
    await deleteContact(actor, params.id);
    return { id: params.id, deleted: true as const };
  },
});
