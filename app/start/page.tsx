import { redirect } from "next/navigation";
import { listMyBusinesses } from "@/lib/tenancy/membership";
import { requireUser } from "@/lib/tenancy/page";

/** Where sign-in lands: the user's first business, or creating one when they have none. */
export default async function StartPage() {
  const user = await requireUser("/start");
  const businesses = await listMyBusinesses(user.id);
  redirect(businesses[0] ? `/b/${businesses[0].slug}` : "/businesses/new");
}
