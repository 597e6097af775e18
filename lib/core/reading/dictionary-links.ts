// Online dictionaries a learner can open from the word panel. Only links:
// nothing is fetched from them, on hover or otherwise.

export const DICTIONARIES = [
  { id: "dwds", name: "DWDS", template: "https://www.dwds.de/wb/{lemma}" },
  { id: "duden", name: "Duden", template: "https://www.duden.de/suchen/dudenonline/{lemma}" },
  { id: "wiktionary", name: "Wiktionary", template: "https://en.wiktionary.org/wiki/{lemma}#German" },
  { id: "dictcc", name: "dict.cc", template: "https://www.dict.cc/?s={lemma}" },
  { id: "linguee", name: "Linguee", template: "https://www.linguee.com/german-english/search?query={lemma}" },
] as const;

export type DictionaryId = (typeof DICTIONARIES)[number]["id"] | "custom";
export const DICTIONARY_IDS: readonly DictionaryId[] = [...DICTIONARIES.map((d) => d.id), "custom"];

export interface DictionaryLink {
  name: string;
  url: string;
}

/**
 * Whether `template` may be a custom dictionary: an https address (no
 * user name or password) with {lemma} where the word goes.
 *
 * @example
 * isValidDictionaryTemplate("https://www.openthesaurus.de/synonyme/{lemma}"); // true
 * isValidDictionaryTemplate("javascript:alert({lemma})"); // false
 */
export function isValidDictionaryTemplate(template: string): boolean {
  if (!template.includes("{lemma}") || template.length > 500) return false;
  let url: URL;
  try {
    url = new URL(template.replaceAll("{lemma}", "Haus"));
  } catch {
    return false;
  }
  return url.protocol === "https:" && !url.username && !url.password && url.hostname.includes(".");
}

/** The address of `lemma` in a dictionary's template (the lemma URL-encoded). */
export function dictionaryUrl(template: string, lemma: string): string {
  return template.replaceAll("{lemma}", encodeURIComponent(lemma));
}

/**
 * The learner's chosen dictionaries, in their order, as links for `lemma`;
 * "custom" only with a valid template.
 *
 * @example
 * dictionaryLinks(["dwds"], null, "Haus"); // [{ name: "DWDS", url: "https://www.dwds.de/wb/Haus" }]
 */
export function dictionaryLinks(
  ids: readonly string[],
  customTemplate: string | null,
  lemma: string,
): DictionaryLink[] {
  const links: DictionaryLink[] = [];
  for (const id of ids) {
    if (id === "custom") {
      if (customTemplate && isValidDictionaryTemplate(customTemplate)) {
        const host = new URL(customTemplate.replaceAll("{lemma}", "x")).hostname.replace(/^www\./, "");
        links.push({ name: host, url: dictionaryUrl(customTemplate, lemma) });
      }
      continue;
    }
    const dictionary = DICTIONARIES.find((d) => d.id === id);
    if (dictionary) links.push({ name: dictionary.name, url: dictionaryUrl(dictionary.template, lemma) });
  }
  return links;
}
