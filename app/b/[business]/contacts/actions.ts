"use server";

import { z } from "zod";
import { idField } from "@/lib/forms/fields";
import { createContact, deleteContact, updateContact } from "@/lib/contacts/contacts";
import { contactSchema } from "@/lib/contacts/schemas";
import { businessAction } from "@/lib/tenancy/action";

const idSchema = z.object({ id: idField });

export const createContactAction = businessAction({
  permission: "addressBook.edit",
  schema: contactSchema,
  run: async (actor, input) => {
    await createContact(actor, input);
    return { redirectTo: `/b/${actor.slug}/contacts?saved=1` };
  },
});

export const updateContactAction = businessAction({
  permission: "addressBook.edit",
  schema: z.intersection(idSchema, contactSchema),
  run: async (actor, { id, ...input }) => {
    await updateContact(actor, id, input);
    return { message: "contactSaved" };
  },
});

export const deleteContactAction = businessAction({
  permission: "addressBook.edit",
  schema: idSchema,
  run: async (actor, input) => {
    await deleteContact(actor, input.id);
    return { redirectTo: `/b/${actor.slug}/contacts?deleted=1` };
  },
});
