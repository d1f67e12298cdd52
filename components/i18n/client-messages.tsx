import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { pickMessages, type MessageTree } from "@/lib/i18n/pick-messages";
import { ROOT_CLIENT_NAMESPACES } from "@/lib/i18n/client-namespaces";

/**
 * Gives the client components below it the messages of `namespaces` (and the root's), in the
 * request's language: only those go into the page's HTML, not the whole bundle.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly string[]; children: React.ReactNode }) {
  const messages = (await getMessages()) as MessageTree;
  return <NextIntlClientProvider messages={pickMessages(messages, [...ROOT_CLIENT_NAMESPACES, ...namespaces])}>{children}</NextIntlClientProvider>;
}

/** A folder's layout that gives its pages' client components the messages of `namespaces`. */
export function clientMessagesLayout(namespaces: readonly string[]) {
  return function ClientMessagesLayout({ children }: { children: React.ReactNode }) {
    return <ClientMessages namespaces={namespaces}>{children}</ClientMessages>;
  };
}
