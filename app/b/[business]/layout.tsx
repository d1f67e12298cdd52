import { currentUser } from "@/lib/auth/session";
import { myBusinesses, requireActor } from "@/lib/tenancy/page";
import { AppHeader } from "@/components/layout/app-header";

export default async function BusinessLayout({ children, params }: { children: React.ReactNode; params: Promise<{ business: string }> }) {
  const { business } = await params;
  const actor = await requireActor(business);
  const user = (await currentUser())!;
  const businesses = await myBusinesses(actor.userId);
  return (
    <>
      <AppHeader slug={actor.slug} role={actor.role} user={user} businesses={businesses} contract={businesses.find((b) => b.slug === actor.slug)?.contract ?? false} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">{children}</main>
    </>
  );
}
