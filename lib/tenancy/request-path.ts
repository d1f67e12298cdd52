/** The header proxy.ts sets with the path asked for, since layouts and pages cannot know it. */
export const REQUEST_PATH_HEADER = "x-envoi-path";
