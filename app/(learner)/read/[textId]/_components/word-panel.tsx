"use client";
// The dictionary panel: full entry (loaded on open), status buttons, add to
// review, the learner's own meaning, and phrase saving.
import { useEffect, useState } from "react";
import { chosenSenseOf } from "@/lib/core/gloss/sense-context";
import type { ReaderLexeme, ReaderSentence, ReaderToken } from "@/lib/core/reading/reader-payload";
import type { WordDetails } from "@/lib/server/data/get-word-details";
import { setWordMeaningAction } from "../actions";
import { phraseLabel, posLabel } from "./reader-labels";
import { headwordOf } from "@/lib/core/words/headword";
import { statusLabelOf, WORD_STATUS, type WordStatusCode } from "@/lib/core/words/status";
import { speakGerman } from "./speech";
import { InflectionTable } from "./inflection-table";
import { DictionaryLinks } from "./dictionary-links";

export interface PanelWord {
  textId: string;
  sentence: ReaderSentence;
  tokenIndex: number;
  token: ReaderToken;
  lexeme: ReaderLexeme | undefined;
}

/** The dictionary entry from GET /api/texts/[textId]/words/[lexemeId]; the panel shows the error message otherwise. */
async function fetchWordDetails(
  textId: string,
  lexemeId: string,
): Promise<{ data: WordDetails | null; error?: string }> {
  try {
    const response = await fetch(`/api/texts/${encodeURIComponent(textId)}/words/${encodeURIComponent(lexemeId)}`);
    if (response.ok) return { data: (await response.json()) as WordDetails };
    const body = (await response.json().catch(() => null)) as { error?: string } | null;
    return { data: null, error: body?.error ?? "The dictionary entry could not be loaded." };
  } catch {
    return { data: null, error: "The dictionary entry could not be loaded. Check your connection." };
  }
}

const STATUS_BUTTONS: { status: WordStatusCode; label: string; key: string }[] = [
  { status: WORD_STATUS.learning1, label: "1", key: "1" },
  { status: WORD_STATUS.learning2, label: "2", key: "2" },
  { status: WORD_STATUS.learning3, label: "3", key: "3" },
  { status: WORD_STATUS.learning4, label: "4", key: "4" },
  { status: WORD_STATUS.known, label: "Known", key: "K" },
  { status: WORD_STATUS.ignored, label: "Ignore", key: "I" },
];

interface Props {
  word: PanelWord;
  selection: number[];
  onClose: () => void;
  onStatus: (status: WordStatusCode) => void;
  onAddCard: () => void;
  onSavePhrase: (meaning: string) => void;
  onMeaningSaved: (lexemeId: string, meaning: string | null) => void;
  onToggleTranslation: () => void;
}

export function WordPanel({
  word,
  selection,
  onClose,
  onStatus,
  onAddCard,
  onSavePhrase,
  onMeaningSaved,
  onToggleTranslation,
}: Props) {
  const { token, lexeme, sentence } = word;
  const lexemeId = token.lexemeId;
  const [details, setDetails] = useState<{ id: string; data: WordDetails | null; error?: string } | null>(null);
  const [meaning, setMeaning] = useState(lexeme?.meaning ?? "");
  const [phraseMeaning, setPhraseMeaning] = useState("");
  const [saved, setSaved] = useState<string | null>(null);

  useEffect(() => {
    if (!lexemeId) return;
    let cancelled = false;
    void fetchWordDetails(word.textId, lexemeId).then((result) => {
      if (!cancelled) setDetails({ id: lexemeId, ...result });
    });
    return () => {
      cancelled = true;
    };
  }, [lexemeId, word.textId]);

  const entry = details && details.id === lexemeId ? details.data?.entry : undefined;
  // The sense the sentence chose (the gloss's first alternative), marked in the entry.
  const chosenSense = chosenSenseOf(token.phrase ? token.phrase.gloss : token.gloss);
  const phraseText = selection.length >= 2 ? selection.map((i) => sentence.tokens[i]?.text ?? "").join(" ") : null;

  return (
    <aside
      className="word-panel card"
      data-testid="word-panel"
      role="dialog"
      aria-labelledby="word-panel-title"
      aria-modal="false"
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.preventDefault();
          onClose();
        }
      }}
    >
      <div className="row" style={{ justifyContent: "space-between" }}>
        <h2 id="word-panel-title" lang="de" className="panel-head">
          {headwordOf(token)}
        </h2>
        <button type="button" className="btn" onClick={onClose} aria-label="Close the dictionary panel (Esc)">
          ✕
        </button>
      </div>
      <p className="small muted">
        {token.phrase ? phraseLabel(token.phrase) : posLabel(token.pos)}
        {token.pos === "NOUN" && token.plural ? ` · plural die ${token.plural}` : ""}
        {lexeme ? ` · ${statusLabelOf(lexeme.status)}` : ""}
        {" · "}
        <button
          type="button"
          className="btn-link"
          onClick={() => speakGerman(token.phrase ? token.phrase.lemma : token.text)}
        >
          Listen
        </button>
      </p>
      <p className="panel-gloss" lang="en">
        {lexeme?.meaning ? <strong>{lexeme.meaning}</strong> : null}
        {lexeme?.meaning ? " · " : null}
        {(token.phrase ? token.phrase.gloss : token.gloss) ?? "No short gloss found."}
      </p>
      {token.phrase && token.lemma ? (
        <p className="small">
          Here: <span lang="de">{token.text}</span> ({token.lemma}) —{" "}
          {phraseLabel(token.phrase) === "separable verb"
            ? "the verb splits in this sentence; its parts are highlighted together."
            : "part of the expression; its words are highlighted together."}
        </p>
      ) : null}
      {token.compound ? (
        <p className="small">
          Compound:{" "}
          {token.compound.parts.map((p, i) => (
            <span key={i}>
              {i > 0 ? " + " : ""}
              <span lang="de">{p}</span>
              {token.compound!.glosses[i] ? <span className="muted"> ({token.compound!.glosses[i]})</span> : null}
            </span>
          ))}
        </p>
      ) : null}
      <DictionaryLinks lemma={headwordOf(token)} />

      {lexemeId ? (
        <>
          <div className="status-buttons" role="group" aria-label="Word status">
            {STATUS_BUTTONS.map((b) => (
              <button
                key={b.status}
                type="button"
                className={`btn status-btn st-${b.status}`}
                aria-pressed={lexeme?.status === b.status}
                onClick={() => onStatus(b.status)}
              >
                {b.label} <kbd>{b.key}</kbd>
              </button>
            ))}
          </div>
          <div className="row">
            <button type="button" className="btn btn-primary" onClick={onAddCard} disabled={lexeme?.hasCard}>
              {lexeme?.hasCard ? "In your review ✓" : "Add to review"} {lexeme?.hasCard ? null : <kbd>A</kbd>}
            </button>
            <button type="button" className="btn" onClick={onToggleTranslation}>
              Sentence translation <kbd>T</kbd>
            </button>
            <button type="button" className="btn" onClick={() => speakGerman(sentence.content)}>
              Read sentence aloud <kbd>S</kbd>
            </button>
          </div>
          <form
            className="field"
            onSubmit={(e) => {
              e.preventDefault();
              void setWordMeaningAction({ lexemeId, meaning }).then((result) => {
                if (result.status === "ok") {
                  onMeaningSaved(lexemeId, result.data.meaning);
                  setSaved("Saved.");
                } else setSaved(result.message);
              });
            }}
          >
            <label htmlFor="own-meaning">Your meaning</label>
            <div className="row">
              <input
                id="own-meaning"
                type="text"
                maxLength={300}
                value={meaning}
                onChange={(e) => setMeaning(e.target.value)}
                style={{ flex: 1 }}
              />
              <button type="submit" className="btn">
                Save
              </button>
            </div>
            {saved ? (
              <span className="small muted" role="status">
                {saved}
              </span>
            ) : null}
          </form>
        </>
      ) : (
        <p className="small muted">This is not a dictionary word (a number or symbol).</p>
      )}

      {phraseText ? (
        <form
          className="field phrase-box"
          onSubmit={(e) => {
            e.preventDefault();
            onSavePhrase(phraseMeaning);
          }}
        >
          <label htmlFor="phrase-meaning">
            Phrase: <span lang="de">“{phraseText}”</span>
          </label>
          <input
            id="phrase-meaning"
            type="text"
            placeholder="Meaning (optional)"
            value={phraseMeaning}
            onChange={(e) => setPhraseMeaning(e.target.value)}
          />
          <button type="submit" className="btn">
            Save phrase to review
          </button>
        </form>
      ) : (
        <p className="small muted">Tip: ⇧+click more words of this sentence to save a phrase.</p>
      )}

      <section aria-label="Dictionary entry" className="entry">
        {!lexemeId ? null : !details || details.id !== lexemeId ? (
          <p className="small muted">Loading the dictionary entry…</p>
        ) : details.error ? (
          <p className="small alert alert-error">{details.error}</p>
        ) : entry ? (
          <>
            <h3 className="small">Dictionary</h3>
            <ol className="senses">
              {entry.senses
                .filter((s, i) => i < 8 || s.gloss === chosenSense)
                .map((s, i) => (
                  <li
                    key={i}
                    lang="en"
                    className={s.gloss === chosenSense ? "sense-chosen" : undefined}
                    aria-current={s.gloss === chosenSense ? "true" : undefined}
                  >
                    {s.gloss}
                    {s.gloss === chosenSense ? <span className="small"> ← in this sentence</span> : null}
                    {s.tags.length ? <span className="muted small"> [{s.tags.join(", ")}]</span> : null}
                  </li>
                ))}
            </ol>
            <InflectionTable table={details.data?.inflection} />
            {entry.examples.length ? (
              <>
                <h3 className="small">Examples</h3>
                <ul className="examples">
                  {entry.examples.slice(0, 4).map((ex, i) => (
                    <li key={i}>
                      <span lang="de">{ex.de}</span> —{" "}
                      <span lang="en" className="muted">
                        {ex.en}
                      </span>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </>
        ) : (
          <p className="small muted">No dictionary entry for “{token.phrase ? token.phrase.lemma : token.lemma}”.</p>
        )}
      </section>
    </aside>
  );
}
