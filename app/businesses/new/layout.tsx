import { clientMessagesLayout } from "@/components/i18n/client-messages";

// The messages this page's client components read (tests/architecture/client-messages.test.ts).
export default clientMessagesLayout(["businesses"]);
