import { z } from "zod";

/** A business's display name; shared by forms in the browser and the services. */
export const businessNameSchema = z.string().trim().min(2, "minChars").max(100, "maxChars");
