/** GET /post-offices: the offices nearest a postal code (for Deliver to Post Office at a shop's checkout). */
import { z } from "zod";
import { findPostOffices } from "@/lib/carriers/post-offices";
import { endpoint } from "../endpoint";
import { ApiFieldsError, namedFieldMessage } from "../errors";
import { translator } from "@/lib/i18n/messages";
import { PostOffice, presentPostOffice } from "../objects/post-office";

const flag = z.enum(["true", "false"]).default("false").transform((v) => v === "true");

export const listPostOffices = endpoint({
  id: "listPostOffices",
  method: "GET",
  path: "/post-offices",
  access: "rates",
  tag: "Post offices",
  summary: "Post offices nearest a postal code, closest first",
  description:
    "With `deliverToPostOffice=true`, only offices that hold Deliver to Post Office parcels: what a checkout offers the customer. A storefront key (rates scope) may call it. A postal code the carrier does not know is answered with 422.",
  query: z.object({
    postalCode: z.string().trim().min(3).max(10).meta({ description: "A Canadian postal code, or its first three characters.", example: "H2H 2S6" }),
    deliverToPostOffice: flag.meta({ description: "Only offices that hold Deliver to Post Office parcels." }),
    limit: z.coerce.number().int().min(1).max(20).default(10),
  }),
  response: z.object({ data: z.array(PostOffice), sample: z.boolean() }).meta({ id: "PostOfficeList" }),
  errors: [400, 422],
  async run({ actor, query, locale }) {
    const found = await findPostOffices(actor, { postalCode: query.postalCode, limit: query.limit, d2poOnly: query.deliverToPostOffice });
    if (!found) {
      const message = translator(locale, "offices")("notFound", { query: query.postalCode });
      throw new ApiFieldsError([{ param: "postalCode", code: "postalCodeUnknown", message: namedFieldMessage(locale, "postalCode", "postalCodeUnknown", message) }]);
    }
    return { data: found.offices.map(presentPostOffice), sample: found.sample };
  },
});
