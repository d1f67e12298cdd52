import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/session";
import { listMyBusinesses } from "@/lib/tenancy/membership";

/** Where sign-in lands: the user's first business, or creating one when they have none. */
export default async function StartPage() {
  const user = await currentUser();
  if (!user) redirect("/signin");
  const businesses = await listMyBusinesses(user.id);
  redirect(businesses[0] ? `/b/${businesses[0].slug}` : "/businesses/new");
}
