/**
 * Splits compounds the dictionary lacks into known parts with linking
 * elements: Kreml|sprecher, Sicherheit·s·kooperation, Spionage|satelliten.
 * The head (last part) decides lemma, gender and part of speech; the gloss
 * is built from the parts' glosses and marked as derived.
 */

import type { Lexicon } from "./index";

/** Linking elements (Fugenelemente), longest first. */
const LINKERS = ["ens", "es", "en", "er", "s", "n", "e"];
const MIN_PART = 3;

export interface CompoundSplit {
  /** Surface segments, linking elements separate: ["Sicherheit", "s", "kooperation"]. */
  parts: string[];
  /** Lexeme id per segment, null for linking elements. */
  ids: (number | null)[];
  /** Lexeme id of the head (the last part). */
  headId: number;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const NOMINAL = ["NOUN", "ADJ"];

/** A lexeme of one of `kinds` whose lemma is exactly `stem` (capitalised or not). */
function lemmaLexeme(lexicon: Lexicon, stem: string, kinds: string[]): number | null {
  for (const form of [capitalize(stem), stem.toLowerCase()]) {
    for (const id of lexicon.lookupForm(form))
      if (kinds.includes(lexicon.pos(id)) && lexicon.lemma(id) === form) return id;
  }
  return null;
}

/** A verb whose stem is `stem`: Fahr|rad, Lese|brille, at least `min` letters. */
function verbStemLexeme(lexicon: Lexicon, stem: string, min: number): number | null {
  if (stem.length < min) return null;
  for (const id of lexicon.lookupForm(`${stem.toLowerCase()}en`)) if (lexicon.pos(id) === "VERB") return id;
  for (const id of lexicon.lookupForm(`${stem.toLowerCase()}n`)) if (lexicon.pos(id) === "VERB") return id;
  return null;
}

/** `text` is an inflected form of lexeme `id` (Noten of Note, Bundes of Bund). */
function isFormOf(lexicon: Lexicon, text: string, id: number): boolean {
  return lexicon.lookupForm(capitalize(text)).includes(id) || lexicon.lookupForm(text.toLowerCase()).includes(id);
}

/**
 * One modifier part, whole or with a linking element. Nouns and adjectives
 * come first, and among their linkers one that makes a form of the word
 * (Note|n as in Noten, Diele|n, not Not|en or the verb dielen); then names
 * (Kreml, Russland), then verb stems: of three letters only as the whole
 * modifier (End|stand), not `inner` in a longer one (Nord|kau|kasus).
 */
function stemSplit(lexicon: Lexicon, text: string, inner: boolean): { parts: string[]; ids: (number | null)[] } | null {
  const whole = lemmaLexeme(lexicon, text, NOMINAL);
  if (whole !== null) return { parts: [text], ids: [whole] };
  let loose: { parts: string[]; ids: (number | null)[] } | null = null;
  let form: { parts: string[]; ids: (number | null)[] } | null = null;
  for (const linker of LINKERS) {
    if (text.length - linker.length < MIN_PART || !text.endsWith(linker)) continue;
    const stem = text.slice(0, -linker.length);
    const id = lemmaLexeme(lexicon, stem, NOMINAL);
    if (id === null) continue;
    // The shortest such linker: Marke|n, not Mark|en (both make Marken).
    if (isFormOf(lexicon, text, id)) form = { parts: [stem, linker], ids: [id, null] };
    loose ??= { parts: [stem, linker], ids: [id, null] };
  }
  if (form ?? loose) return form ?? loose;
  const minVerb = inner ? 4 : 3;
  for (const find of [
    (s: string) => lemmaLexeme(lexicon, s, ["PROPN"]),
    (s: string) => verbStemLexeme(lexicon, s, minVerb),
  ]) {
    const id = find(text);
    if (id !== null) return { parts: [text], ids: [id] };
    for (const linker of LINKERS) {
      if (text.length - linker.length < MIN_PART || !text.endsWith(linker)) continue;
      const stemId = find(text.slice(0, -linker.length));
      if (stemId !== null) return { parts: [text.slice(0, -linker.length), linker], ids: [stemId, null] };
    }
  }
  return null;
}

/**
 * Splits a modifier (everything before the head) into parts, depth-limited,
 * preferring the longest known right part (Gesamt|betriebsrat|s, not
 * Gesamt|betrieb|s|rat|s).
 */
function splitModifier(
  lexicon: Lexicon,
  text: string,
  depth: number,
  inner = false,
): { parts: string[]; ids: (number | null)[] } | null {
  if (text.length < MIN_PART) return null;
  const single = stemSplit(lexicon, text, inner);
  if (single) return single;
  if (depth <= 0) return null;
  for (let i = MIN_PART; i <= text.length - MIN_PART; i++) {
    const right = splitModifier(lexicon, text.slice(i), 0, true);
    if (!right) continue;
    const left = splitModifier(lexicon, text.slice(0, i), depth - 1, true);
    if (left) return { parts: [...left.parts, ...right.parts], ids: [...left.ids, ...right.ids] };
  }
  return null;
}

const COMPASS = ["Nord", "Süd", "Ost", "West"];

/** Nord|kaukasus, West|europa, Ost|deutschland: a compass point before a name. */
function compassSplit(lexicon: Lexicon, word: string): CompoundSplit | null {
  const point = COMPASS.find((c) => word.startsWith(c) && word.length - c.length >= MIN_PART);
  if (!point) return null;
  const name = capitalize(word.slice(point.length));
  const headId = lexicon.lookupForm(name).find((id) => lexicon.pos(id) === "PROPN" && lexicon.lemma(id) === name);
  const pointId = lemmaLexeme(lexicon, point, NOMINAL);
  if (headId === undefined || pointId === null) return null;
  return { parts: [point, word.slice(point.length)], ids: [pointId, headId], headId };
}

/**
 * Splits `word` into modifier parts and a known head, preferring the
 * longest head; `isHead` says which lexemes may head the compound.
 *
 * @example
 * splitCompound(lexicon, "Kremlsprecher", (id) => lexicon.pos(id) === "NOUN");
 * // → { parts: ["Kreml", "sprecher"], ids: [<Kreml>, <Sprecher>], headId: <Sprecher> }
 */
export function splitCompound(lexicon: Lexicon, word: string, isHead: (id: number) => boolean): CompoundSplit | null {
  if (word.length < 2 * MIN_PART + 1 || word.includes("-")) return null;
  const capitalHead = /^\p{Lu}/u.test(word);
  if (capitalHead) {
    const compass = compassSplit(lexicon, word);
    if (compass) return compass;
  }
  for (let i = MIN_PART; i <= word.length - MIN_PART; i++) {
    const headText = word.slice(i);
    const headForm = capitalHead ? capitalize(headText) : headText;
    let headIds = lexicon.lookupForm(headForm).filter(isHead);
    // Genitive -es the tables may lack: Sicherheits|rates.
    if (headIds.length === 0 && capitalHead && /es$/.test(headForm))
      headIds = lexicon.lookupForm(headForm.slice(0, -2)).filter(isHead);
    // Old and Swiss spellings: Friedens|prozeß, Isar|strasse (not Isar|s|trasse).
    for (const variant of [headForm.replace(/ß/g, "ss"), headForm.replace(/ss/g, "ß")]) {
      if (headIds.length === 0 && variant !== headForm) headIds = lexicon.lookupForm(variant).filter(isHead);
    }
    if (headIds.length === 0) continue;
    const modifier = splitModifier(lexicon, word.slice(0, i), 2);
    if (!modifier) continue;
    // A lexeme with a gloss (Stunde, not the unglossed Stunden), then the most frequent.
    const better = (id: number, best: number): boolean =>
      !lexicon.gloss(best) !== !lexicon.gloss(id)
        ? !!lexicon.gloss(id)
        : lexicon.rank(id) > 0 && (lexicon.rank(best) === 0 || lexicon.rank(id) < lexicon.rank(best));
    const headId = headIds.reduce((best, id) => (better(id, best) ? id : best));
    return { parts: [...modifier.parts, headText], ids: [...modifier.ids, headId], headId };
  }
  return null;
}

const NO_MODIFIERS: ReadonlyMap<string, string> = new Map();

/**
 * Gloss of a compound's modifier part: the lexicon's compound-modifier table's
 * (Ersatz|teil a spare part, the US- of US-Außenministerium is "US") by surface (`part`
 * with its `linker`, then without) or lemma, an abbreviation in capitals as itself (EU,
 * SPD, UN), else the part's own gloss.
 *
 * @example
 * modifierGloss(lexicon, "Ersatz", "Ersatz", "compensation"); // "spare"
 * modifierGloss(lexicon, "SPD", "SPD", "Social Democratic Party of Germany"); // "SPD"
 */
export function modifierGloss(
  lexicon: Lexicon,
  part: string,
  lemma: string,
  gloss: string | null,
  linker = "",
): string | null {
  const table = lexicon.compoundModifiers ?? NO_MODIFIERS;
  const listed =
    (linker ? table.get(capitalize(part + linker)) : undefined) ?? table.get(capitalize(part)) ?? table.get(lemma);
  if (listed) return listed;
  if (part.length > 1 && /^[\p{Lu}\d]+$/u.test(part)) return part;
  return partGloss(gloss);
}

/** Gloss of one compound part: no "to", no article, first alternative only, no "of a/the vehicle". */
export function partGloss(gloss: string | null): string | null {
  if (!gloss) return null;
  return (
    gloss
      .replace(/^to /, "")
      .replace(/^(?:the|a|an) /i, "")
      .replace(/^(?:sb\.|sth\.)[’']s /, "")
      .split(/,\s*/)[0]!
      .replace(/ of (?:a\/the|sb\.|sth\.).*$/, "")
      .trim() || null
  );
}

/**
 * Adjective heads English writes as a suffix or phrase around the modifier:
 * gewalt|frei "violence-free", wurzel|ähnlich "root-like", deutsch|stämmig
 * "of German descent". `noun` says the pattern also heads a capitalised
 * (nominalised) word; Lose and Weiten are nouns of their own.
 */
const SUFFIX_HEADS: { stem: string; pattern: string; noun: boolean }[] = [
  { stem: "frei", pattern: "{}-free", noun: true },
  { stem: "los", pattern: "{}-less", noun: false },
  { stem: "ähnlich", pattern: "{}-like", noun: true },
  { stem: "förmig", pattern: "{}-shaped", noun: true },
  { stem: "weit", pattern: "{}-wide", noun: false },
  { stem: "orientiert", pattern: "{}-oriented", noun: true },
  { stem: "stämmig", pattern: "of {} descent", noun: true },
];

/**
 * The derived gloss of a compound from its content parts (linking elements
 * left out) in order, head last; null when a part has no gloss. English
 * order and form: "spare part", "ex-communist", "North Korean" (a compass
 * point before a name), "violence-free", "three and a half".
 *
 * @example
 * compoundGloss([{ part: "Ersatz", gloss: "spare" }, { part: "teile", gloss: "part" }]); // "spare part"
 */
export function compoundGloss(segments: { part: string; gloss: string | null }[]): string | null {
  if (segments.length < 2 || segments.some((s) => !s.gloss)) return null;
  const glosses = segments.map((s) => s.gloss!);
  const parts = segments.map((s) => s.part.toLowerCase());
  const n = parts.length;
  // drei|ein|halb: "three and a half".
  if (n >= 3 && parts[n - 2] === "ein" && parts[n - 1] === "halb")
    return `${join(glosses.slice(0, -2), segments)} and a half`;
  const suffix = SUFFIX_HEADS.find(
    (h) =>
      new RegExp(`^${h.stem}(?:e[mnrs]?)?$`).test(parts[n - 1]!) && (h.noun || !/^\p{Lu}/u.test(segments[0]!.part)),
  );
  if (suffix) return suffix.pattern.replace("{}", join(glosses.slice(0, -1), segments));
  return join(glosses, segments);
}

/** Joins part glosses: "ex-" runs into the next, a compass point before a name is capitalised. */
function join(glosses: string[], segments: { part: string }[]): string {
  let out = "";
  glosses.forEach((g, i) => {
    const next = glosses[i + 1];
    const word = COMPASS.includes(capitalize(segments[i]!.part)) && next && /^\p{Lu}/u.test(next) ? capitalize(g) : g;
    out += i === 0 ? word : out.endsWith("-") ? word : ` ${word}`;
  });
  return out;
}
