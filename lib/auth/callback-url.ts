/** Where to go after signing in: a path on this site only (never an open redirect). */
export function safeCallbackUrl(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/start";
  return value.slice(0, 500);
}
