import { describe, expect, it } from "vitest";
import { z } from "zod";
import { MESSAGES } from "@/lib/i18n/messages";
import { text } from "./fields";
import { FIELD_NAMING_CODES, problemOfIssue } from "./issues";
import { fieldMessage } from "./problems";

describe("a problem with a field, in words", () => {
  it("names the field and its limit, in English and French", () => {
    const issue = z.object({ name: text(44) }).safeParse({ name: "x".repeat(45) }).error!.issues[0]!;
    expect(fieldMessage("en", "name", problemOfIssue(issue))).toBe("Name: at most 44 characters");
    expect(fieldMessage("fr", "name", problemOfIssue(issue))).toBe("Nom : au plus 44 caractères");
    expect(fieldMessage("fr", "customsItems.2.description", { code: "maxChars", values: { max: 45 } })).toBe("Description : au plus 45 caractères");
    expect(fieldMessage("fr", "weight", { code: "atLeast", values: { min: 0.04, unit: "in" } })).toBe("Poids : au moins 0,04 po");
    expect(fieldMessage("en", "weight", { code: "atLeast", values: { min: 0.001, unit: "kg" } })).toBe("Weight: at least 0.001 kg");
  });

  it("the codes said to name their field are exactly the messages that start with it", () => {
    for (const locale of ["en", "fr"] as const) {
      const naming = Object.entries(MESSAGES[locale].validation as Record<string, string>)
        .filter(([, message]) => message.startsWith("{field}"))
        .map(([code]) => code);
      expect(naming.sort()).toEqual([...FIELD_NAMING_CODES].sort());
    }
  });
});
