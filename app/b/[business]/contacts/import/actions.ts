"use server";

import { importContacts } from "@/lib/contacts/import/import-contacts";
import { importRequestSchema } from "@/lib/contacts/import/schemas";
import { businessAction } from "@/lib/tenancy/action";

/** Imports the rows of a file the browser read and the person mapped; the server checks every row again. */
export const importContactsAction = businessAction({
  permission: "addressBook.edit",
  schema: importRequestSchema,
  run: async (actor, input) => {
    const outcome = await importContacts(actor, input);
    return {
      message: "contactsImported",
      messageValues: { imported: String(outcome.imported), skipped: String(outcome.invalid), existing: String(outcome.existing) },
    };
  },
});
