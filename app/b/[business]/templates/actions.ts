"use server";

import { z } from "zod";
import { choice, idField, localized } from "@/lib/forms/fields";
import { templateSchema } from "@/lib/templates/schemas";
import { createTemplate, deleteTemplate, updateTemplate } from "@/lib/templates/templates";
import { setOwnUnits } from "@/lib/settings/settings";
import { businessAction } from "@/lib/tenancy/action";

const idSchema = z.object({ id: idField });
const updateSchema = localized((locale) => z.intersection(idSchema, templateSchema(locale)));

export const createTemplateAction = businessAction({
  permission: "addressBook.edit",
  schema: templateSchema,
  run: async (actor, input) => {
    await createTemplate(actor, input);
    return { message: "templateSaved" };
  },
});

export const updateTemplateAction = businessAction({
  permission: "addressBook.edit",
  schema: updateSchema,
  run: async (actor, input) => {
    const { id, ...template } = input;
    await updateTemplate(actor, id, template);
    return { message: "templateSaved" };
  },
});

export const deleteTemplateAction = businessAction({
  permission: "addressBook.edit",
  schema: idSchema,
  run: async (actor, input) => {
    await deleteTemplate(actor, input.id);
    return { message: "templateDeleted" };
  },
});

/** Metric or imperial, for this member (viewers too: it changes only how things are shown to them). */
export const setUnitsAction = businessAction({
  permission: "business.read",
  schema: z.object({ units: choice(["METRIC", "IMPERIAL"]) }),
  run: async (actor, input) => {
    await setOwnUnits(actor, input.units);
  },
});
