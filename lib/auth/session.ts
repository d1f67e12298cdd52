import { cache } from "react";
import { auth } from "./config";

export interface SessionUser {
  id: string;
  email: string;
  name: string | null;
}

/**
 * The signed-in user, or null. The one place actions, routes and pages read the session; read
 * once per request however many layouts and pages ask.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const user = session?.user;
  if (!user?.id || !user.email) return null;
  return { id: user.id, email: user.email, name: user.name ?? null };
});
