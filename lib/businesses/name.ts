import { z } from "zod";
import { ACCOUNT_LIMITS } from "@/lib/forms/limits";

/** A business's display name; shared by forms in the browser and the services. */
export const businessNameSchema = z.string().trim().min(2, "minChars").max(ACCOUNT_LIMITS.businessName, "maxChars");
