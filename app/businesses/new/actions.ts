"use server";

import { z } from "zod";
import { businessNameSchema, createBusiness } from "@/lib/businesses/create-business";
import { userAction } from "@/lib/tenancy/action";

/** A signed-in user creates another business and becomes its owner. */
export const createBusinessAction = userAction({
  schema: z.object({ name: businessNameSchema }),
  run: async (user, input) => {
    const business = await createBusiness({ userId: user.id, name: input.name });
    return { redirectTo: `/b/${business.slug}` };
  },
});
