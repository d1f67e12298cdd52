import { describe, expect, it } from "vitest";
import { createTestBusiness } from "@/tests/fixtures";
import type { Actor } from "@/lib/tenancy/actor";
import { withTenant } from "@/lib/tenancy/context";
import { getReturnSettings, RETURN_SETTINGS_DEFAULTS, updateReturnSettings } from "@/lib/returns/settings";
import { reasonsText, returnSettingsSchema } from "@/lib/returns/settings-schema";

const FORM = { returnWindowDays: "45", returnReasons: "Too small | Trop petit\n\nChanged my mind", returnPayer: "CUSTOMER", returnsNeedApproval: "on", returnsPageEnabled: "on" };

describe("the Returns settings", () => {
  it("read the window, the reasons in both languages, the payer and the switches", () => {
    const parsed = returnSettingsSchema.parse(FORM);
    expect(parsed).toEqual({
      returnWindowDays: 45,
      returnReasons: [
        { code: "too-small", en: "Too small", fr: "Trop petit" },
        { code: "changed-my-mind", en: "Changed my mind", fr: "Changed my mind" },
      ],
      returnPayer: "CUSTOMER",
      returnsNeedApproval: true,
      returnsPageEnabled: true,
    });
    expect(reasonsText(parsed.returnReasons)).toBe("Too small | Trop petit\nChanged my mind");
    expect(returnSettingsSchema.parse({ ...FORM, returnReasons: "", returnsPageEnabled: undefined }).returnReasons).toEqual([]);
  });

  it("refuse a window out of range, too many reasons, a reason without English, an unknown payer", () => {
    const problem = (over: Record<string, string>) => returnSettingsSchema.safeParse({ ...FORM, ...over }).error?.issues[0];
    expect(problem({ returnWindowDays: "0" })?.path).toEqual(["returnWindowDays"]);
    expect(problem({ returnWindowDays: "400" })?.path).toEqual(["returnWindowDays"]);
    expect(problem({ returnReasons: Array.from({ length: 13 }, (_, i) => `Reason ${i}`).join("\n") })).toMatchObject({ path: ["returnReasons"], message: "tooManyReturnReasons" });
    expect(problem({ returnReasons: " | Trop petit" })).toMatchObject({ path: ["returnReasons"], message: "returnReasonFormat" });
    expect(problem({ returnPayer: "NOBODY" })).toMatchObject({ path: ["returnPayer"], message: "choose" });
  });

  it("are saved for the business, with an audit entry naming what changed", async () => {
    const b = await createTestBusiness("return-settings");
    const owner: Actor = { businessId: b.id, userId: b.owner.id, role: "OWNER", slug: b.slug };
    expect(await getReturnSettings(owner)).toEqual(RETURN_SETTINGS_DEFAULTS);
    await updateReturnSettings(owner, returnSettingsSchema.parse(FORM));
    expect(await getReturnSettings(owner)).toMatchObject({ returnWindowDays: 45, returnPayer: "CUSTOMER", returnsNeedApproval: true, returnsPageEnabled: true });
    expect((await getReturnSettings(owner)).returnReasons).toHaveLength(2);
    const entry = await withTenant(owner, (tx) => tx.auditLog.findFirst({ where: { businessId: b.id, action: "settings.returns_updated" } }));
    expect(entry?.details).toEqual({ fields: ["returnWindowDays", "returnReasons", "returnPayer", "returnsNeedApproval"] });
  });
});
