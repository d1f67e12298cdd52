import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";

/** The argument names an ICU message uses, also inside plural and select branches. */
export function icuArguments(message: string): string[] {
  const names = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
      if ("value" in el && typeof el.value === "string") names.add(el.value);
      if ("options" in el) for (const option of Object.values(el.options)) walk(option.value);
      if (el.type === TYPE.tag) walk(el.children);
    }
  };
  walk(parse(message));
  return [...names].sort();
}
