// /texts/[textId]/translations – the owner of an imported text edits its sentence translations (others get 404).
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/server/auth";
import { isAppError } from "@/lib/server/errors";
import { getTextForEditing } from "@/lib/server/data/get-text-for-editing";
import { TranslationEditor } from "@/app/_components/translation-editor";

export const metadata = { title: "Edit translations" };

const SOURCE_LABEL: Record<string, string> = {
  AUTHORED: "Authored translation",
  PARALLEL: "From your parallel text",
  TEACHER: "Your correction",
};

async function load(textId: string) {
  const actor = await requireUser();
  try {
    return await getTextForEditing(actor, textId);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export default async function TranslationsPage({ params }: { params: Promise<{ textId: string }> }) {
  const { textId } = await params;
  const text = await load(textId);
  const translated = text.sentences.filter((s) => s.translation).length;
  return (
    <main id="main" className="page stack import-page">
      <p className="small">
        <Link href={`/read/${text.id}`}>← Back to the text</Link>
      </p>
      <h1>Translations: {text.title}</h1>
      <p className="muted">
        {translated.toLocaleString("en")} of {text.sentences.length.toLocaleString("en")} sentences have an English
        translation. Correct one and save it; leave it empty to remove it, and the reader shows the word-by-word gloss
        instead.
      </p>
      {text.sentences.length === 0 ? (
        <div className="card empty-state">
          <p>This text has no sentences.</p>
        </div>
      ) : (
        <ol className="translation-list" aria-label="Sentences">
          {text.sentences.map((s) => (
            <li key={s.id} className="card stack">
              <p className="translation-german" lang="de">
                <span className="muted small">{s.index + 1}. </span>
                {s.content}
              </p>
              {s.translationSource ? <p className="small muted">{SOURCE_LABEL[s.translationSource] ?? ""}</p> : null}
              <TranslationEditor textId={text.id} sentenceId={s.id} index={s.index} translation={s.translation} />
            </li>
          ))}
        </ol>
      )}
    </main>
  );
}
