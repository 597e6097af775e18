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

/** A lexeme whose lemma is exactly `stem` (noun, name, adjective, verb stem). */
function stemLexeme(lexicon: Lexicon, stem: string): number | null {
  for (const form of [capitalize(stem), stem.toLowerCase()]) {
    for (const id of lexicon.lookupForm(form)) {
      const pos = lexicon.pos(id);
      if ((pos === "NOUN" || pos === "PROPN" || pos === "ADJ") && lexicon.lemma(id) === form) return id;
    }
  }
  // Verb stems: Fahr|rad, Lese|brille.
  for (const id of lexicon.lookupForm(`${stem.toLowerCase()}en`)) if (lexicon.pos(id) === "VERB") return id;
  for (const id of lexicon.lookupForm(`${stem.toLowerCase()}n`)) if (lexicon.pos(id) === "VERB") return id;
  return null;
}

/** Splits a modifier (everything before the head) into parts, depth-limited. */
function splitModifier(lexicon: Lexicon, text: string, depth: number): { parts: string[]; ids: (number | null)[] } | null {
  if (text.length < MIN_PART) return null;
  const whole = stemLexeme(lexicon, text);
  if (whole !== null) return { parts: [text], ids: [whole] };
  for (const linker of LINKERS) {
    if (text.length - linker.length < MIN_PART || !text.endsWith(linker)) continue;
    const stem = text.slice(0, -linker.length);
    const id = stemLexeme(lexicon, stem);
    if (id !== null) return { parts: [stem, linker], ids: [id, null] };
  }
  if (depth <= 0) return null;
  for (let i = text.length - MIN_PART; i >= MIN_PART; i--) {
    const right = splitModifier(lexicon, text.slice(i), 0);
    if (!right) continue;
    const left = splitModifier(lexicon, text.slice(0, i), depth - 1);
    if (left) return { parts: [...left.parts, ...right.parts], ids: [...left.ids, ...right.ids] };
  }
  return null;
}

/**
 * Splits `word` into modifier parts and a known head, preferring the
 * longest head; `isHead` says which lexemes may head the compound.
 *
 * @example
 * splitCompound(lexicon, "Kremlsprecher", (id) => lexicon.pos(id) === "NOUN");
 * // → { parts: ["Kreml", "sprecher"], ids: [<Kreml>, <Sprecher>], headId: <Sprecher> }
 */
export function splitCompound(
  lexicon: Lexicon,
  word: string,
  isHead: (id: number) => boolean,
): CompoundSplit | null {
  if (word.length < 2 * MIN_PART + 1 || word.includes("-")) return null;
  const capitalHead = /^\p{Lu}/u.test(word);
  for (let i = MIN_PART; i <= word.length - MIN_PART; i++) {
    const headText = word.slice(i);
    const headForm = capitalHead ? capitalize(headText) : headText;
    let headIds = lexicon.lookupForm(headForm).filter(isHead);
    // Genitive -es the tables may lack: Sicherheits|rates.
    if (headIds.length === 0 && capitalHead && /es$/.test(headForm)) headIds = lexicon.lookupForm(headForm.slice(0, -2)).filter(isHead);
    if (headIds.length === 0) continue;
    const modifier = splitModifier(lexicon, word.slice(0, i), 2);
    if (!modifier) continue;
    const headId = headIds.reduce((best, id) => (lexicon.rank(id) > 0 && (lexicon.rank(best) === 0 || lexicon.rank(id) < lexicon.rank(best)) ? id : best));
    return { parts: [...modifier.parts, headText], ids: [...modifier.ids, headId], headId };
  }
  return null;
}

/**
 * First parts of compounds whose meaning there differs from the word alone:
 * Atom|waffe is a nuclear weapon, Panzer|zug an armoured train, the US-
 * of US-Außenministerium is "US", not "United States of America".
 */
const MODIFIER_GLOSSES = new Map([
  ["Atom", "nuclear"],
  ["Panzer", "armoured"],
  ["US", "US"],
  ["USA", "US"],
]);

/** Gloss of a compound's modifier part (`lemma` is the part's lexeme lemma). */
export function modifierGloss(lemma: string, gloss: string | null): string | null {
  return MODIFIER_GLOSSES.get(lemma) ?? partGloss(gloss);
}

/** Gloss of one compound part: no "to", no article, first alternative only. */
export function partGloss(gloss: string | null): string | null {
  if (!gloss) return null;
  return gloss
    .replace(/^to /, "")
    .replace(/^(?:the|a|an) /i, "")
    .split(/,\s*/)[0]!
    .trim();
}
