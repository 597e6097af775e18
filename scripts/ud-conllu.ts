/**
 * CoNLL-U reading for the evaluation scripts: the raw text rebuilt from the
 * sentences (joined by one space) and, per sentence, its tokens with their
 * character spans in that text and their syntactic words.
 */

export interface GoldWord {
  id: number;
  form: string;
  lemma: string;
  upos: string;
  feats: Record<string, string>;
  head: number;
  deprel: string;
}
export interface GoldToken {
  form: string;
  start: number;
  end: number;
  /** Syntactic words: one, or several for a multi-word token (im = in dem). */
  words: GoldWord[];
}
export interface GoldSentence {
  start: number;
  end: number;
  tokens: GoldToken[];
}

export function parseConllu(text: string): { raw: string; sentences: GoldSentence[] } {
  const sentences: GoldSentence[] = [];
  let raw = "";
  for (const block of text.split(/\n\s*\n/)) {
    const lines = block.split("\n").filter((l) => l.length > 0);
    const textLine = lines.find((l) => l.startsWith("# text = "));
    if (!textLine) continue;
    const sentText = textLine.slice("# text = ".length);
    if (raw.length > 0) raw += " ";
    const start = raw.length;
    raw += sentText;
    const tokens: GoldToken[] = [];
    let cursor = 0;
    let rangeEnd = 0;
    let mwt: GoldToken | null = null;
    for (const line of lines) {
      if (line.startsWith("#")) continue;
      const cols = line.split("\t");
      const [idText, form = "", lemma = "", upos = "", , featText = "_", head = "0", deprel = ""] = cols;
      if (!idText || idText.includes(".")) continue;
      const place = (): { s: number; e: number } => {
        const at = sentText.indexOf(form, cursor);
        const s = at < 0 ? cursor : at;
        cursor = s + form.length;
        return { s: start + s, e: start + s + form.length };
      };
      if (idText.includes("-")) {
        const [, to] = idText.split("-").map(Number);
        rangeEnd = to ?? 0;
        const { s, e } = place();
        mwt = { form, start: s, end: e, words: [] };
        tokens.push(mwt);
        continue;
      }
      const feats: Record<string, string> = {};
      if (featText !== "_") {
        for (const kv of featText.split("|")) {
          const [k = "", v = ""] = kv.split("=");
          feats[k] = v;
        }
      }
      const word: GoldWord = { id: Number(idText), form, lemma, upos, feats, head: Number(head), deprel };
      if (mwt && word.id <= rangeEnd) {
        mwt.words.push(word);
        continue;
      }
      mwt = null;
      const { s, e } = place();
      tokens.push({ form, start: s, end: e, words: [word] });
    }
    sentences.push({ start, end: raw.length, tokens });
  }
  return { raw, sentences };
}
