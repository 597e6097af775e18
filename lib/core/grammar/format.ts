/**
 * The learner's grammar line for one word in context, from its `feats` and
 * what its lexeme contributes once (principal parts, genitive, plural,
 * comparison):
 *   "die Einladung — feminine noun, accusative singular · plural Einladungen"
 *   "lud … ein — einladen, 3rd person singular, simple past · lädt ein, lud ein, hat eingeladen"
 *   "mit — preposition + dative"
 * Pure and free of Node imports (the reader runs it in the browser); the
 * lexeme part is computed where the lexicon is (./grammar-info).
 */

import { governedCases, TWO_WAY } from "./prepositions";

/** What a lexeme adds to every grammar line of its forms (sent once per lexeme). */
export interface GrammarInfo {
  /** Verbs: "lädt ein, lud ein, hat eingeladen". */
  parts?: string;
  /** Nouns: genitive singular with article when it differs from the lemma ("des Präsidenten"). */
  genitive?: string;
  /** Adjectives: "größer, am größten". */
  comparison?: string;
}

export interface GrammarToken {
  text: string;
  lemma?: string;
  pos?: string;
  feats?: Record<string, string>;
  article?: string | null;
  plural?: string | null;
  /** Lemma of the particle verb and the text of its other part ("ein" in "lud … ein"). */
  phraseLemma?: string;
  particle?: string;
}

const CASE_NAMES: Record<string, string> = { Nom: "nominative", Acc: "accusative", Dat: "dative", Gen: "genitive" };
const GENDER_NAMES: Record<string, string> = { Masc: "masculine", Fem: "feminine", Neut: "neuter" };
const NUMBER_NAMES: Record<string, string> = { Sing: "singular", Plur: "plural" };
const PERSON_NAMES: Record<string, string> = { "1": "1st person", "2": "2nd person", "3": "3rd person" };
const ARTICLES: Record<string, string> = { Masc: "der", Fem: "die", Neut: "das" };

function names(value: string | undefined, table: Record<string, string>, joiner = " or "): string {
  if (!value) return "";
  return value
    .split(",")
    .map((v) => table[v] ?? v)
    .join(joiner);
}

function tenseName(f: Record<string, string>): string {
  const { Tense: tense, Mood: mood, VerbForm: form } = f;
  if (form === "Inf") return "infinitive";
  if (form === "Part") return tense === "Pres" ? "present participle" : "past participle";
  if (mood === "Imp") return "imperative";
  const one = (t: string, m: string): string =>
    m === "Sub" ? (t === "Past" ? "subjunctive II" : "subjunctive I") : t === "Past" ? "simple past" : "present";
  const tenses = (tense ?? "").split(",").filter(Boolean);
  const moods = (mood ?? "Ind").split(",").filter(Boolean);
  return [...new Set(tenses.flatMap((t) => moods.map((m) => one(t, m))))].join(" or ");
}

function caseNumber(f: Record<string, string>): string {
  return [names(f.Case, CASE_NAMES), names(f.Number, NUMBER_NAMES)].filter(Boolean).join(" ");
}

/**
 * The one grammar line of a word in context.
 *
 * @example
 * formatGrammarLine({ text: "Einladung", lemma: "Einladung", pos: "NOUN", article: "die", plural: "Einladungen",
 *   feats: { Case: "Acc", Gender: "Fem", Number: "Sing" } });
 * // "die Einladung — feminine noun, accusative singular · plural Einladungen"
 */
export function formatGrammarLine(token: GrammarToken, info: GrammarInfo = {}, nextCase?: string): string | null {
  const f = token.feats ?? {};
  const lemma = token.lemma ?? token.text;
  switch (token.pos) {
    case "NOUN": {
      const gender = names(f.Gender, GENDER_NAMES);
      // The article of this form's gender: die Verbündete, der Verbündete (the lexeme's is "der/die").
      const article = (f.Gender && f.Number === "Sing" && ARTICLES[f.Gender]) || token.article || "";
      const head = `${article ? `${article} ` : ""}${lemma}`;
      const extras = [info.genitive ? `genitive ${info.genitive}` : "", token.plural ? `plural ${token.plural}` : ""];
      const desc = [`${gender ? `${gender} ` : ""}noun`, caseNumber(f)].filter(Boolean).join(", ");
      return [`${head} — ${desc}`, ...extras.filter(Boolean)].join(" · ");
    }
    case "PROPN": {
      const cn = caseNumber(f);
      return cn ? `${token.text} — name, ${cn}` : null;
    }
    case "VERB":
    case "AUX": {
      const head = token.particle ? `${token.text} … ${token.particle}` : token.text;
      const verbLemma = token.phraseLemma ?? lemma;
      const finite = f.VerbForm === "Fin" || (!f.VerbForm && f.Person);
      const desc = [
        verbLemma,
        finite ? [names(f.Person, PERSON_NAMES), names(f.Number, NUMBER_NAMES)].filter(Boolean).join(" ") : "",
        tenseName(f),
      ].filter(Boolean);
      return [`${head} — ${desc.join(", ")}`, info.parts ?? ""].filter(Boolean).join(" · ");
    }
    case "ADJ": {
      const degree = f.Degree === "Cmp" ? "comparative" : f.Degree === "Sup" ? "superlative" : "";
      const agreement = f.Case
        ? [names(f.Case, CASE_NAMES), names(f.Gender, GENDER_NAMES), names(f.Number, NUMBER_NAMES)]
        : [];
      const desc = [lemma, [degree, "adjective"].filter(Boolean).join(" "), agreement.filter(Boolean).join(" ")];
      return [`${token.text} — ${desc.filter(Boolean).join(", ")}`, info.comparison ?? ""].filter(Boolean).join(" · ");
    }
    case "DET":
    case "PRON": {
      const kind = token.pos === "DET" ? (lemma === "der" || lemma === "ein" ? "article" : "determiner") : "pronoun";
      const desc = [
        kind,
        [names(f.Person, PERSON_NAMES), caseNumber(f), f.Number === "Sing" ? names(f.Gender, GENDER_NAMES) : ""]
          .filter(Boolean)
          .join(" "),
      ].filter(Boolean);
      return `${token.text} — ${desc.join(", ")}`;
    }
    case "ADP": {
      const word = token.text.toLowerCase();
      const cases = governedCases(
        word
          .replace(/^(im|ins)$/, "in")
          .replace(/^(am|ans)$/, "an")
          .replace(/^(zum|zur)$/, "zu")
          .replace(/^beim$/, "bei")
          .replace(/^vom$/, "von")
          .replace(/^aufs$/, "auf"),
      );
      if (!cases) return null;
      const base = cases.includes("Dat") && cases.includes("Acc") ? null : cases;
      if (TWO_WAY.has(word) || !base) {
        const here = nextCase && !nextCase.includes(",") ? CASE_NAMES[nextCase] : null;
        return `${token.text} — two-way preposition${here ? `, here + ${here}` : " + accusative (where to?) or dative (where?)"}`;
      }
      return `${token.text} — preposition + ${base.map((c) => CASE_NAMES[c]).join(" or ")}`;
    }
    default:
      return null;
  }
}
