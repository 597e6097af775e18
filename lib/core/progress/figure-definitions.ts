/**
 * What the figures a teacher reads mean, defined once: a look-up, a read
 * sentence, a word worth pre-teaching. Dashboards, the reader and the
 * pre-teaching list all use these, so "looked up" or "read" means the same
 * everywhere (issue 18: known words topped "most looked-up" because marking a
 * word known opened the panel; a short text was "100 % read" after 3 seconds).
 */

/** A tooltip shown this long was read: an English gloss of one to three words takes about this long to take in. */
export const HOVER_LOOKUP_MIN_MS = 800;

/**
 * A learner reading German as a foreign language does not get through more
 * than about 400 words a minute; at about 6.5 characters a word (space
 * included) that is 23 ms a character. Less time than that is scrolling past.
 */
export const MIN_READING_MS_PER_CHAR = 23;

/** How the learner met a word's meaning in the reader. */
export type LookupSignal =
  | {
      kind: "hover";
      /** How long the tooltip stayed on the word. */
      durationMs: number;
      /** The learner set the word's status while its tooltip showed (a key press on the focused word). */
      changedStatus?: boolean;
    }
  | {
      kind: "panel";
      durationMs: number;
      /** The learner changed the word's status while the panel was open. */
      changedStatus: boolean;
      /** The learner did something else with the word: added a card, saved a meaning, opened the translation. */
      usedPanel: boolean;
    };

/** The sentence the UI gives beside "Words looked up". */
export const LOOKUP_DEFINITION = `a word counts as looked up when its tooltip stayed ${HOVER_LOOKUP_MIN_MS / 1000} s or longer, or its dictionary panel was opened for more than marking its status (once per word each time the learner opens the text)`;

/**
 * Did the learner look the word up? A hover counts once the tooltip stayed
 * long enough to read; a panel opening counts unless it was only to set the
 * word's status (marking it known is not looking it up) or closed at once.
 * A tooltip that ends in a status change is a status change too.
 *
 * @example
 * isLookup({ kind: "hover", durationMs: 1200 }); // true
 * isLookup({ kind: "hover", durationMs: 150 }); // false – the mouse passed over it
 * isLookup({ kind: "panel", durationMs: 900, changedStatus: true, usedPanel: false }); // false – a status change
 */
export function isLookup(signal: LookupSignal): boolean {
  if (!Number.isFinite(signal.durationMs)) return false;
  if (signal.kind === "hover") return !signal.changedStatus && signal.durationMs >= HOVER_LOOKUP_MIN_MS;
  if (signal.usedPanel) return true;
  if (signal.changedStatus) return false;
  return signal.durationMs >= HOVER_LOOKUP_MIN_MS;
}

/** Least time on a sentence of `length` characters for it to count as read. */
export function minReadingMs(length: number): number {
  return Math.max(0, length) * MIN_READING_MS_PER_CHAR;
}

/**
 * Share of a text read (0–1, by characters): sentences from the start up to
 * the furthest one reached, as far as the active reading time covers each
 * sentence's least reading time. Having been on screen is not enough; nor
 * does reading time spent on the first sentences stretch past where the
 * learner got to.
 *
 * @example
 * computeReadShare([40, 40, 40, 40], 3, 2); // 0.5 – 2 s pay for 80 characters, not 160
 * computeReadShare([40, 40, 40, 40], 1, 600); // 0.5 – only two sentences reached
 */
export function computeReadShare(
  sentenceLengths: readonly number[],
  reachedIndex: number,
  activeSeconds: number,
): number {
  const total = sentenceLengths.reduce((sum, n) => sum + Math.max(0, n), 0);
  if (total === 0 || reachedIndex < 0) return 0;
  let budgetMs = Math.max(0, activeSeconds) * 1000;
  let read = 0;
  for (const [index, length] of sentenceLengths.entries()) {
    if (index > reachedIndex) break;
    const needed = minReadingMs(length);
    if (needed > budgetMs) break;
    budgetMs -= needed;
    read += Math.max(0, length);
  }
  return read / total;
}

/** Parts of speech worth a pre-teaching card (function words teach nothing on a card). */
export const PRE_TEACH_POS = ["NOUN", "VERB", "ADJ", "ADV", "PHRASE"] as const;

/** English names of days and months: capitalised in English, yet ordinary vocabulary. */
const CALENDAR_WORDS =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)\b/i;
/** Nationalities and languages (German, Russian, English, Chinese): capitalised in English, yet vocabulary. */
const DEMONYM = /^[A-Z][a-z]+(an|ian|ish|ese|ic|i|ch|sh)s?$/;

/**
 * Is this word worth pre-teaching? Content words only, and never a name: a
 * name tagged PROPN, or a noun the dictionary glosses only with a capitalised
 * English name (Russland → Russia, USA → United States of America), which no
 * card teaches — except days, months, nationalities and languages.
 *
 * @example
 * isPreTeachCandidate({ pos: "NOUN", gloss: "invitation" }); // true
 * isPreTeachCandidate({ pos: "NOUN", gloss: "Russia" }); // false
 * isPreTeachCandidate({ pos: "PROPN", gloss: null }); // false
 */
export function isPreTeachCandidate(word: { pos: string; gloss: string | null }): boolean {
  if (!(PRE_TEACH_POS as readonly string[]).includes(word.pos)) return false;
  if (word.pos !== "NOUN" || !word.gloss) return true;
  const senses = word.gloss
    .split(/[;,]/)
    .map((s) => s.trim().replace(/^(the|a|an)\s+/i, ""))
    .filter(Boolean);
  const isName = (sense: string) => /^[A-Z]/.test(sense) && !CALENDAR_WORDS.test(sense) && !DEMONYM.test(sense);
  return !(senses.length > 0 && senses.every(isName));
}
