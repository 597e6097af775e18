/**
 * Parser for Ding dictionary lines (`/usr/share/trans/de-en`, vendored as
 * `data/ding/de-en.txt.gz`).
 *
 * A line is `German :: English`; both sides are split into aligned
 * sub-entries by ` | ` (the first is the headword entry, later ones are
 * plurals, verb forms or examples) and each sub-entry into synonyms by `; `.
 * Annotations: `{m}` part of speech/gender, `[ugs.]` domain or register,
 * `(…)` comments, `<…>` alternative spellings, `/…/` abbreviations.
 */

export type DingPos = "NOUN" | "VERB" | "ADJ" | "ADV" | "ADP" | "CONJ" | "PRON" | "DET" | "NUM" | "INTJ" | null;

export interface DingHead {
  /** Headword without annotations, e.g. "Einladung". */
  word: string;
  pos: DingPos;
  gender: "m" | "f" | "n" | null;
  /** True when the `{pl}` tag marks a plural-only headword. */
  isPlural: boolean;
  /** Tags in square brackets on the German side, e.g. ["ugs."]. */
  tags: string[];
  /** A comment narrows the sense: "Führer {m} (Handbuch)", "voll {adj} (Ort)". */
  narrowed?: boolean;
  /** The comment on a name without part of speech ("Hauptstadt von Russland"). */
  comment?: string;
  /** The verb's frame written on the headword: "sich freuen (über etw.)" → reflexive, ["über"]. */
  frame?: { reflexive: boolean; prepositions: string[] };
}

export interface DingSense {
  /** Cleaned English text, e.g. "to accept". */
  gloss: string;
  tags: string[];
  /** A comment narrows the sense: "option (stock exchange)", "teeming (of a place)". */
  narrowed?: boolean;
}

export interface DingLine {
  /** Synonyms of the first German sub-entry. */
  heads: DingHead[];
  /** English senses of the first sub-entry. */
  senses: DingSense[];
  /** Plural per head (aligned by index) when a `{pl}` sub-entry follows. */
  plurals: (string | null)[];
  /** English plural per sense (aligned by index) from the plural sub-entry: "medium | media". */
  englishPlurals?: string[];
  /** Single-word verb forms listed after a verb headword ("lud", "geladen"). */
  verbForms: string[];
  /** Remaining sub-entries: phrases and example sentences. */
  examples: { de: string; en: string }[];
}

const POS_TAGS: Record<string, { pos: DingPos; gender?: "m" | "f" | "n"; plural?: true }> = {
  m: { pos: "NOUN", gender: "m" },
  f: { pos: "NOUN", gender: "f" },
  n: { pos: "NOUN", gender: "n" },
  pl: { pos: "NOUN", plural: true },
  v: { pos: "VERB" },
  vt: { pos: "VERB" },
  vi: { pos: "VERB" },
  vr: { pos: "VERB" },
  adj: { pos: "ADJ" },
  adv: { pos: "ADV" },
  prp: { pos: "ADP" },
  conj: { pos: "CONJ" },
  pron: { pos: "PRON" },
  art: { pos: "DET" },
  num: { pos: "NUM" },
  interj: { pos: "INTJ" },
};

/** Removes Ding annotations and collapses whitespace. */
export function stripAnnotations(text: string): string {
  return (
    text
      .replace(/\{[^}]*\}/g, "")
      .replace(/\[[^\]]*\]/g, "")
      .replace(/<[^>]*>/g, "")
      // Abbreviations "/Zp./" stand after a space; "ich/er/sie" is not one.
      .replace(/(?:^|\s)\/[^/\s][^/]*\//g, " ")
      .replace(/\([^)]*\)/g, "")
      .replace(/\s+/g, " ")
      .trim()
  );
}

/**
 * True when a comment in parentheses restricts the meaning ("(Handbuch)",
 * "(of a place)"); valency hints ("(von etw.)", "(sth.)") and optional
 * letters ("voll(er)") do not.
 */
export function hasNarrowingComment(text: string): boolean {
  for (const m of text.matchAll(/(^|.)\(([^)]*)\)/g)) {
    if (m[1] && /\p{L}/u.test(m[1])) continue; // voll(er), einladen(d)
    const c = m[2] ?? "";
    if (!/\p{L}{3}/u.test(c)) continue;
    if (
      /\b(?:etw|jdn|jdm|jds|jd|sich|sth|sb|so|one|oneself|sb's|von|mit|für|an|auf|in|zu)\b\.?/.test(c) &&
      c.length < 25
    )
      continue;
    // Who or what does it ("(Person, Sache)"), not a narrower meaning.
    if (/^(?:(?:Person|Personen|Sache|Sachen|Tier|Tiere|of persons?|of things?|usw\.|etc\.)[,;/ ]*)+$/.test(c.trim()))
      continue;
    return true;
  }
  return false;
}

function tagsOf(text: string): string[] {
  const tags: string[] = [];
  for (const m of text.matchAll(/\[([^\]]+)\]/g)) if (m[1]) tags.push(m[1]);
  return tags;
}

function parseHead(text: string): DingHead {
  let pos: DingPos = null;
  let gender: DingHead["gender"] = null;
  let isPlural = false;
  for (const m of text.matchAll(/\{([^}]+)\}/g)) {
    const info = POS_TAGS[(m[1] ?? "").trim()];
    if (!info) continue;
    pos ??= info.pos;
    if (info.gender && !gender) gender = info.gender;
    if (info.plural) isPlural = true;
  }
  let word = stripAnnotations(text).replace(PLACEHOLDERS, " ").replace(/\s+/g, " ").trim();
  // "der Kreml {m}": the article belongs to the entry, not the headword.
  if (pos === "NOUN") word = word.replace(/^(?:der|die|das) (?=\S+$)/, "");
  // "sogenannte/r/s": the adjective's stem is the lemma.
  if (/^\p{L}+e\/r\/s$/u.test(word)) word = word.slice(0, -5);
  const head: DingHead = { word, pos, gender, isPlural, tags: tagsOf(text) };
  if (hasNarrowingComment(text)) head.narrowed = true;
  // "Moskau (Hauptstadt von Russland) [geogr.]": what a name stands for.
  const comment = /^\p{Lu}/u.test(word) && pos === null ? /\(([^)]*)\)/.exec(text)?.[1] : undefined;
  if (comment !== undefined) head.comment = comment;
  const frame = frameOf(text, pos);
  if (frame) head.frame = frame;
  return head;
}

const FRAME_PREPOSITION =
  /(?:^|[\s(])(an|auf|aus|bei|durch|für|gegen|mit|nach|über|um|unter|von|vor|zu|zwischen)\s(?:jdn|jdm|jds|jd|etw)\./g;

/**
 * The frame a verb headword states: "sich" (reflexive) and the prepositions
 * of its objects, in the headword or its valency comment ("warten (auf)",
 * "sich freuen (über etw.)", "jdn. von etw. abhalten").
 */
function frameOf(text: string, pos: DingPos): DingHead["frame"] | null {
  // "sich anbieten; sich aufdrängen {vr}": a head before the one with the tag gets its part of speech later.
  if (pos !== "VERB" && !(pos === null && /^\s*sich\s/.test(text))) return null;
  const reflexive = /(?:^|\s)sich\s/.test(text) || /\{vr\}/.test(text);
  const prepositions = new Set<string>();
  for (const m of text.matchAll(FRAME_PREPOSITION)) if (m[1]) prepositions.add(m[1]);
  // "warten {vi} (auf; bis)": a bare list of prepositions in the comment.
  for (const m of text.matchAll(
    /\(((?:an|auf|aus|bei|für|gegen|mit|nach|über|um|von|vor|zu)(?:[;,/] ?(?:an|auf|aus|bei|bis|für|gegen|mit|nach|über|um|von|vor|zu))*)\)/g,
  ))
    for (const p of (m[1] ?? "").split(/[;,/] ?/)) if (p !== "bis") prepositions.add(p);
  return reflexive || prepositions.size > 0 ? { reflexive, prepositions: [...prepositions] } : null;
}

/** Object placeholders in verb headwords: "jdn. besuchen", "etw. sagen". */
const PLACEHOLDERS =
  /(?:^|\s)(?:(?:an|auf|aus|bei|durch|für|gegen|mit|nach|über|um|unter|von|vor|zu|zwischen)\s)?(?:jdn|jdm|jds|jd|etw|jmd|jmdn|jmdm)\.(?:\/(?:jdn|jdm|jds|jd|etw)\.)*(?=\s|$)|(?:^|\s)sich(?=\s)/g;

/** Ding writes one POS tag for a run of synonyms: "groß; schwer {adj}". */
function inheritPos(heads: DingHead[]): DingHead[] {
  let next: DingHead | null = null;
  for (let i = heads.length - 1; i >= 0; i--) {
    const h = heads[i];
    if (!h) continue;
    if (h.pos) next = h;
    else if (next && next.pos !== "NOUN") h.pos = next.pos;
  }
  return heads;
}

/** Cleans an English sense into a short gloss: no tags, comments or "sth."/"sb.". */
export function cleanSense(text: string): string {
  return (
    stripAnnotations(text)
      .replace(/\b(?:sth|sb|so|sb\.\/sth|sth\.\/sb)\.(?=\s|$|\/)/g, "")
      .replace(/\b(?:sb|sth)['’]s\b/g, "")
      .replace(/\s+/g, " ")
      .replace(/\s+([,.;!?])/g, "$1")
      // "to name sb./sth. after" → "to name / after": drop the orphaned slash.
      .replace(/(?:^|\s)\/(?=\s|$)/g, "")
      // Halves of a broken abbreviation ("number /no.; No./"): drop them.
      .replace(/\s\/[^\s/]*$/, "")
      .replace(/^[^\s/]*\/$/, "")
      .replace(/\s+/g, " ")
      .trim()
  );
}

/** Splits on a separator that is not inside (), [] or {}. */
export function splitTop(text: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") depth = Math.max(0, depth - 1);
    else if (depth === 0 && text.startsWith(sep, i)) {
      out.push(text.slice(last, i));
      last = i + sep.length;
      i += sep.length - 1;
    }
  }
  out.push(text.slice(last));
  return out;
}

const PRONOUN_PREFIX = /^(?:(?:ich|du|er|sie|es|wir|ihr)(?:\/(?:ich|du|er|sie|es|wir|ihr))*)\s+/;

/**
 * Parses one Ding line; returns null for comments and malformed lines.
 *
 * @example
 * parseDingLine("Einladung {f} | Einladungen {pl} :: invitation | invitations")
 * // → { heads: [{ word: "Einladung", pos: "NOUN", gender: "f", … }],
 * //     senses: [{ gloss: "invitation", tags: [] }], plurals: ["Einladungen"], … }
 */
export function parseDingLine(line: string): DingLine | null {
  if (line.startsWith("#")) return null;
  const sep = line.indexOf(" :: ");
  if (sep < 0) return null;
  const deParts = line.slice(0, sep).split(" | ");
  const enParts = line.slice(sep + 4).split(" | ");
  const first = deParts[0] ?? "";
  const heads = inheritPos(splitTop(first, "; ").map(parseHead)).filter((h) => h.word.length > 0);
  // German abbreviations ("Vereinigte Staaten … /USA/") are headwords too.
  for (const syn of splitTop(first, "; ")) {
    for (const m of syn.matchAll(/(?:^|\s)\/([\p{Lu}][\p{Lu}\p{N}-]+)\//gu)) {
      const abbr = m[1];
      if (abbr && !heads.some((h) => h.word === abbr)) {
        heads.push({ word: abbr, pos: "NOUN", gender: null, isPlural: false, tags: ["abbr."] });
      }
    }
  }
  const senses = splitTop(enParts[0] ?? "", "; ")
    .map((s) => {
      const sense: DingSense = { gloss: cleanSense(s), tags: tagsOf(s) };
      if (hasNarrowingComment(s)) sense.narrowed = true;
      return sense;
    })
    .filter((s) => s.gloss.length > 0);
  const plurals: (string | null)[] = heads.map(() => null);
  const verbForms: string[] = [];
  let englishPlurals: string[] | undefined;
  const examples: { de: string; en: string }[] = [];
  const isVerb = heads.length === 1 && heads[0]?.pos === "VERB";
  for (let i = 1; i < deParts.length; i++) {
    const de = deParts[i] ?? "";
    const en = enParts[i] ?? "";
    const syns = splitTop(de, "; ").map(parseHead);
    if (syns.length > 0 && syns.every((s) => s.isPlural) && i === 1) {
      syns.forEach((s, j) => {
        if (j < plurals.length && !s.word.includes(" ")) plurals[j] = s.word;
      });
      englishPlurals = splitTop(en, "; ").map(cleanSense);
      continue;
    }
    if (isVerb && i <= 8) {
      let matched = false;
      for (const syn of splitTop(de, "; ")) {
        const form = stripAnnotations(syn).replace(PRONOUN_PREFIX, "");
        if (/^[\p{L}]+$/u.test(form) && !/\bhat|hatte\b/.test(syn)) {
          verbForms.push(form);
          matched = true;
        }
      }
      if (matched) continue;
    }
    const deText = stripAnnotations(de);
    const enText = stripAnnotations(en);
    if (deText && enText) examples.push({ de: deText, en: enText });
  }
  const parsed: DingLine = { heads, senses, plurals, verbForms, examples };
  if (englishPlurals) parsed.englishPlurals = englishPlurals;
  return parsed;
}
