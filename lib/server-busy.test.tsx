import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it } from "vitest";
import { ErrorView } from "@/components/layout/error-view";
import { errorState } from "@/lib/forms/errors";
import { MESSAGES } from "@/lib/i18n/messages";
import { busyAware, isServerBusy, reachedAsServerBusy, SERVER_BUSY_DIGEST, ServerBusyError } from "./server-busy";

/** Prisma's errors carry their code as a property; these are the messages it writes. */
function prismaError(code: string, message: string) {
  return Object.assign(new Error(message), { code });
}

const EXPIRED = prismaError(
  "P2028",
  "Transaction API error: A commit cannot be executed on an expired transaction. The timeout for this transaction was 5000 ms, however 5312 ms passed since the start of the transaction.",
);
const NO_START = prismaError("P2028", "Transaction API error: Unable to start a transaction in the given time.");
const POOL = prismaError("P2024", "Timed out fetching a new connection from the connection pool.");

describe("a busy database", () => {
  it("is recognised from Prisma's transaction and pool time-outs, and nothing else", () => {
    for (const e of [EXPIRED, NO_START, POOL, new Error("timeout exceeded when trying to connect")]) expect(isServerBusy(e)).toBe(true);
    for (const e of [prismaError("P2002", "Unique constraint failed"), new Error("boom"), "text", null]) expect(isServerBusy(e)).toBe(false);
  });

  it("comes out of busyAware as a ServerBusyError that keeps its digest for the error page", async () => {
    const error = await busyAware(() => Promise.reject(EXPIRED)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerBusyError);
    expect(reachedAsServerBusy(error)).toBe(true);
    // What the browser receives in production: a message-less error with the digest only.
    expect(reachedAsServerBusy({ digest: SERVER_BUSY_DIGEST, message: "An error occurred in the Server Components render." })).toBe(true);
    expect(reachedAsServerBusy({ digest: "12345" })).toBe(false);
  });

  it("lets other failures through unchanged", async () => {
    const other = new Error("boom");
    await expect(busyAware(() => Promise.reject(other))).rejects.toBe(other);
  });

  it("becomes a translated 'try again' in a form, in both languages", () => {
    const error = new ServerBusyError(EXPIRED);
    expect(errorState(error, "en", {})).toMatchObject({ status: "error", error: "The server is busy right now and could not finish. Nothing was saved: try again in a moment." });
    expect(errorState(error, "fr", {})).toMatchObject({ status: "error", error: "Le serveur est très occupé et n'a pas pu terminer. Rien n'a été enregistré : réessayez dans un instant." });
  });
});

function renderErrorPage(locale: "en" | "fr", error: unknown) {
  return renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={MESSAGES[locale]} timeZone="America/Toronto">
      <ErrorView error={error} retry={() => {}} />
    </NextIntlClientProvider>,
  );
}

describe("the error page", () => {
  const busy = { digest: SERVER_BUSY_DIGEST, message: "An error occurred in the Server Components render." };

  it("says the server is busy and offers to try again, in English and French", () => {
    const en = renderErrorPage("en", busy);
    expect(en).toContain("The server is busy");
    expect(en).toContain("try again in a moment");
    expect(en).toContain(">Try again</button>");
    const fr = renderErrorPage("fr", busy);
    expect(fr).toContain("Le serveur est très occupé");
    expect(fr).toContain(">Réessayer</button>");
  });

  it("shows an apology without any technical detail for another failure", () => {
    const html = renderErrorPage("en", { digest: "98765", message: "secret stack detail" });
    expect(html).toContain("This page could not be shown");
    expect(html).not.toContain("secret stack detail");
    expect(html).not.toContain("busy");
    expect(renderErrorPage("fr", { digest: "98765" })).toContain("Cette page n&#x27;a pas pu être affichée");
  });
});
