/**
 * Clause-level evidence for nominative versus accusative that word order alone does not give:
 * the expletive subject of "es gibt", adverbial accusatives of measure ("drei Meter hoch", "ihr
 * Leben lang", "ein wenig"), and "als" that opens a main clause ("Als Erstes besuchte sie …").
 */
import type { AnalyzedToken } from "../analyze";
import { COPULAS } from "./clause-roles";

/**
 * "Es gibt keinen Zug mehr", "Einen Garten gibt es hier nicht", "Morgen wird es Regen geben": with geben
 * of existence the subject is es, standing right before or after the finite verb, and what exists is
 * the accusative object. Returns the index of that es, or -1.
 */
export function existentialEs(tokens: AnalyzedToken[], from: number, to: number, finite: number): number {
  let geben = false;
  for (let k = from; k <= to; k++) {
    const t = tokens[k]!;
    if ((t.pos === "VERB" || t.pos === "AUX") && t.lemma === "geben") geben = true;
  }
  if (!geben) return -1;
  for (const k of [finite - 1, finite + 1])
    if (k >= from && k <= to && tokens[k]!.text.toLowerCase() === "es" && tokens[k]!.pos === "PRON") return k;
  return -1;
}

/** Adjectives of dimension and age that take a measure in the accusative ("drei Meter hoch", "zwei Jahre alt"). */
const DIMENSIONS = new Set(["lang", "hoch", "breit", "tief", "dick", "alt", "weit", "entfernt", "schwer", "groß"]);

function isCount(t: AnalyzedToken | undefined): boolean {
  return (
    t !== undefined &&
    (t.kind === "number" || t.pos === "NUM" || /^(?:zwei|drei|vier|fünf|zehn|hundert)$/i.test(t.text))
  );
}

/**
 * An adverbial accusative of measure, no argument of the verb: a counted measure before an
 * adjective of dimension ("drei Meter hoch", "zwei Kilometer entfernt"), a stretch of time before
 * lang ("ihr ganzes Leben lang", not "weil die Nacht lang war"), what something is wert ("Das ist
 * die Mühe wert", "es ist es wert") and "ein wenig", "ein bisschen".
 */
export function isMeasureAccusative(tokens: AnalyzedToken[], start: number, end: number): boolean {
  const first = tokens[start]!.text.toLowerCase();
  const next = tokens[end + 1];
  const little = (t: AnalyzedToken | undefined): boolean => t !== undefined && /^(?:wenig|bisschen)$/i.test(t.text);
  if (
    end === start &&
    (first === "ein" ? little(next) : little(tokens[start]) && /^ein$/i.test(tokens[start - 1]?.text ?? ""))
  )
    return true;
  if (next?.text === "wert") return true;
  if (!next || !DIMENSIONS.has(next.text)) return false;
  if (isCount(tokens[start - 1]) || isCount(tokens[start])) return true;
  const after = tokens[end + 2];
  return next.text === "lang" && end > start && after?.pos !== "VERB" && after?.pos !== "AUX";
}

/**
 * "Als Erstes besuchte sie den Bahnhof", "Als Kind spielte er Geige": als with one word and then a finite
 * verb that more words follow is the first place of a main clause (verb second), not a subordinate
 * clause with its verb at the end ("als er kam", "als sie ihn sah").
 */
export function isAlsBeforeVerbSecond(
  tokens: AnalyzedToken[],
  from: number,
  to: number,
  isFinite: (k: number) => boolean,
): boolean {
  const after = tokens[from + 3];
  return from + 3 <= to && isFinite(from + 2) && !isFinite(from + 1) && after?.kind === "word" && after.pos !== "CCONJ";
}

const SUBJECT_SHARING_COORDINATORS = new Set(["und", "oder", "aber", "sondern"]);

/**
 * "Er würde Physik studieren, aber würde auch Kunst belegen": after a comma (or a bracket or closing
 * quotation mark), a coordinator followed
 * right away by the finite verb leaves out the subject, which is the previous clause's (doch may
 * stand in first place with the subject after the verb: "doch gibt es keinen Zug").
 */
export function opensWithSharedSubject(
  tokens: AnalyzedToken[],
  from: number,
  isFinite: (k: number) => boolean,
): boolean {
  // After a comma, a bracket or a closing quotation mark ("… den Roman „Der Zauberberg“ und fand …").
  const before = tokens[from - 1]?.text ?? "";
  const afterBreak = before === "," || before === ")" || ["“", "”", "«", "»"].includes(before);
  return afterBreak && SUBJECT_SHARING_COORDINATORS.has(tokens[from]!.text) && isFinite(from + 1);
}

/** werden and the modals: their clause waits for an infinitive. */
export const INFINITIVE_AUXILIARIES = new Set(["werden", "können", "müssen", "dürfen", "sollen", "wollen", "mögen"]);
const WH_WORDS = new Set(["warum", "wieso", "weshalb", "wie", "wo", "wann", "woher", "wohin", "wer", "was", "ob"]);

/** What the clause pass knows of a verb form: whether it may be an infinitive, whether it may be finite. */
export interface VerbFormReadings {
  inf: boolean;
  fin: boolean;
}

/**
 * "Dafür müsste die Stadt die Brücke bauen, die lange fehlt, neue Straßen am Fluss anlegen und die
 * Schulen renovieren": after a main clause with a finite werden or modal, a later stretch between commas that
 * opens with no subordinating word and ends in verbs that may all be infinitives, either opening
 * with its verb or with more than one phrase before it (so not verb second, "…, die Kinder spielen"),
 * is a further infinitive of that verb: it has no subject of its own. Returns, per clause, whether it
 * is such an infinitive, and whether it is the main clause whose werden or modal still waits for it
 * ("Morgen wird ein neues Gesetz die Kosten, die jetzt steigen, senken": no copula clause).
 */
export function infinitiveContinuations(
  tokens: AnalyzedToken[],
  clauses: readonly { from: number; to: number; continues?: boolean }[],
  formsAt: (k: number) => VerbFormReadings | null,
): { continuation: boolean[]; waiting: boolean[] } {
  const continuation = clauses.map(() => false);
  const waiting = clauses.map(() => false);
  let waitingClause = -1;
  let auxSeen = false;
  clauses.forEach((c, ci) => {
    const ks: number[] = [];
    for (let k = c.from; k <= c.to; k++) if (formsAt(k)) ks.push(k);
    if (ks.length === 0) return;
    const first = tokens[c.from]!;
    // "…, unter denen …": a preposition before a relative pronoun opens a relative clause too.
    const after = tokens[c.from + 1];
    const relativeAfterPreposition =
      first.pos === "ADP" && (after?.pos === "PRON" || after?.lemma === "der" || after?.lemma === "welcher");
    const subordinate =
      first.pos === "SCONJ" ||
      first.pos === "PRON" ||
      relativeAfterPreposition ||
      WH_WORDS.has(first.text.toLowerCase());
    // Not a copula ("…, sicherlich auch der schönste Tag sein"): its phrases stay nominative.
    const allInfinitives = ks.every(
      (k) => formsAt(k)!.inf && tokens[k - 1]?.text !== "zu" && !COPULAS.has(tokens[k]!.lemma ?? ""),
    );
    const last = ks[ks.length - 1]!;
    // The clause may end in the coordinator that joins the next one ("… anlegen und").
    let end = c.to;
    while (end > last && tokens[end]!.kind === "punct") end--;
    const verbLast = last === end || (last === end - 1 && tokens[end]!.pos === "CCONJ");
    if (c.continues && ci > 0 && continuation[ci - 1]) {
      continuation[ci] = allInfinitives && verbLast;
      return;
    }
    let beforeVerb = false;
    for (let k = c.from; k < ks[0]!; k++) if (["ADP", "ADV", "NUM"].includes(tokens[k]!.pos ?? "")) beforeVerb = true;
    const afterComma = tokens[c.from - 1]?.text === ",";
    const opensOrLong = ks[0] === c.from || beforeVerb;
    if (auxSeen && !subordinate && !c.continues && allInfinitives && verbLast) {
      // Whatever the phrases before it are, the werden or modal has found its infinitive.
      if (waitingClause >= 0) waiting[waitingClause] = true;
      continuation[ci] = afterComma && opensOrLong;
      return;
    }
    if (subordinate) return;
    const aux = ks.find((k) => formsAt(k)!.fin && INFINITIVE_AUXILIARIES.has(tokens[k]!.lemma ?? ""));
    if (aux === undefined) return;
    auxSeen = true;
    if (ks.length === 1) waitingClause = ci;
  });
  return { continuation, waiting };
}
