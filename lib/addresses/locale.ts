/** The two languages of the interface; the same union as `AppLocale` in lib/i18n, kept local so this module stays standalone. */
export type AddressLocale = "en" | "fr";

/** One entry of a select: the stored code and the label shown in one language. */
export interface Option {
  value: string;
  label: string;
}

/** Options sorted the way a reader of that language expects ("Île-du-Prince-Édouard" among the I's). */
export function sortedOptions(options: Option[], locale: AddressLocale): Option[] {
  const collator = new Intl.Collator(locale === "fr" ? "fr-CA" : "en-CA", { sensitivity: "base" });
  return options.sort((a, b) => collator.compare(a.label, b.label));
}

/**
 * A value built once per language and kept: the address lists never change while the server runs,
 * and sorting 250 country names with a collator on every page with an address form cost about a
 * millisecond each time. Callers freeze what they build, so no page can reorder a shared list.
 */
export function oncePerLocale<T>(build: (locale: AddressLocale) => T): (locale: AddressLocale) => T {
  const built = new Map<AddressLocale, T>();
  return (locale) => {
    if (!built.has(locale)) built.set(locale, build(locale));
    return built.get(locale)!;
  };
}

/** Sorted options (`sortedOptions`), built once per language and frozen (`oncePerLocale`). */
export function optionsPerLocale(build: (locale: AddressLocale) => Option[]): (locale: AddressLocale) => readonly Option[] {
  return oncePerLocale((locale) => Object.freeze(sortedOptions(build(locale), locale).map((o) => Object.freeze(o))));
}

/** Lower case, no accents, single spaces: how names typed by hand are compared with ours. */
export function foldName(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}
