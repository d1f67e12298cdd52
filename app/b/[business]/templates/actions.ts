"use server";

import { z } from "zod";
import { templateSchema } from "@/lib/templates/schemas";
import { createTemplate, deleteTemplate, updateTemplate } from "@/lib/templates/templates";
import { setOwnUnits } from "@/lib/settings/settings";
import { businessAction } from "@/lib/tenancy/action";

const idSchema = z.object({ id: z.string().min(1).max(64) });

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
  schema: z.intersection(idSchema, templateSchema),
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
  schema: z.object({ units: z.enum(["METRIC", "IMPERIAL"]) }),
  run: async (actor, input) => {
    await setOwnUnits(actor, input.units);
  },
});
