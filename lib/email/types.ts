/** What an email builder makes of a recorded email (EmailMessage), for deliver.ts to send. */
import type { EmailMessage } from "@/lib/db/generated/client";
import type { EmailKind } from "@/lib/db/generated/enums";
import type { TenantContext } from "@/lib/tenancy/context";
import type { OutgoingEmail } from "./transport";

export type BuiltEmail = Omit<OutgoingEmail, "to">;

/** Builds one kind of email from current data; throws when what it needs is gone. */
export type EmailBuilder = (ctx: TenantContext, message: EmailMessage) => Promise<BuiltEmail>;

export type EmailBuilders = Record<EmailKind, EmailBuilder>;
