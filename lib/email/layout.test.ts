/**
 * Names typed by users (an inviter's, a business's) cannot add lines or headers to an email, nor
 * make its text read backwards: every line of the layout and every subject is one line.
 */
import { describe, expect, it } from "vitest";
import { adminQuery } from "@/tests/db";
import { createTestBusiness } from "@/tests/fixtures";
import { mailCatcherForFile } from "@/tests/mail";
import { oneLine, renderEmail } from "./layout";
import { sendInvitationEmail } from "./send-invitation";

const mailbox = mailCatcherForFile("layout");

const HOSTILE_BUSINESS = "Shop\r\nBcc: everyone@example.com\u202e gnirts";
const HOSTILE_NAME = "Eve\n\nClick https://evil.example to confirm your account\u0007";

describe("one line per value in emails", () => {
  it("turns control characters, separators and bidi overrides into spaces", () => {
    expect(oneLine("a\r\nb\tc\u0000d\u0085e\u2028f\u202eg\u2066h  i ")).toBe("a b c d e f g h i");
    expect(oneLine("Café Ünïcödé & <b>")).toBe("Café Ünïcödé & <b>");
    const { text, html } = renderEmail({ heading: "Hi\nthere", paragraphs: [HOSTILE_NAME], footer: "f\u2029oot" });
    expect(text.split("\n")).toEqual(["Hi there", "", "Eve Click https://evil.example to confirm your account", "", "f oot"]);
    expect(html).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202e]/);
  });

  it("sends an invitation whose inviter and business names carry line breaks as one-line subject and text", async () => {
    const business = await createTestBusiness("layout1");
    await adminQuery(`UPDATE "User" SET name = $1 WHERE id = $2`, [HOSTILE_NAME, business.owner.id]);
    await sendInvitationEmail({ to: "invitee@example.com", token: "t0ken", businessName: HOSTILE_BUSINESS, role: "SHIPPER", inviterId: business.owner.id, fallbackLocale: "en" });

    const [mail] = await mailbox.to("invitee@example.com");
    expect(mail).toBeDefined();
    expect(mail!.bcc).toBeUndefined();
    expect(mail!.headers.has("bcc")).toBe(false);
    expect(mail!.subject).not.toMatch(/[\r\n\u202e]/);
    expect(mail!.subject).toContain("Shop Bcc: everyone@example.com gnirts");
    const lines = mail!.text!.split("\n");
    expect(lines.some((l) => l.startsWith("Click https://evil.example"))).toBe(false);
    expect(mail!.text).toContain("Eve Click https://evil.example to confirm your account");
  });
});
