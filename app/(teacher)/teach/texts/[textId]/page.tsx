// /teach/texts/[textId] – the owner corrects sentence translations and word glosses; ?class=ID corrects a text assigned to that class (shared ones included) for that class only.
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireTeacher } from "@/lib/server/auth";
import { isAppError } from "@/lib/server/errors";
import { getTextForEditing } from "@/lib/server/data/get-text-for-editing";
import { TranslationEditor } from "@/app/_components/translation-editor";
import { GlossForm } from "../../_components/gloss-form";

export const metadata = { title: "Edit text" };

async function load(textId: string, classId: string | undefined) {
  const actor = await requireTeacher();
  try {
    return await getTextForEditing(actor, textId, classId);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export default async function EditTextPage({
  params,
  searchParams,
}: {
  params: Promise<{ textId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { textId } = await params;
  const classParam = (await searchParams).class;
  const text = await load(textId, typeof classParam === "string" ? classParam : undefined);
  const classId = text.klass?.id;
  return (
    <main id="main" className="page stack">
      <p className="small">
        {text.klass ? (
          <Link href={`/teach/classes/${text.klass.id}`}>← {text.klass.name}</Link>
        ) : (
          <Link href="/teach">← Teach</Link>
        )}
      </p>
      <h1>{text.title}</h1>
      <p className="muted" data-testid="correction-scope">
        {text.klass ? (
          <>
            Corrections show to the learners of <strong>{text.klass.name}</strong> only; other readers of this text keep
            the original. Leave a field empty to remove your correction.
          </>
        ) : (
          <>
            Corrections show to every reader of this text. Leave a translation empty to remove it; leave a gloss empty
            to use the dictionary’s.
          </>
        )}
      </p>
      <section className="stack" aria-labelledby="sentences-heading">
        <h2 id="sentences-heading">Sentence translations</h2>
        <ol className="teach-sentence-list">
          {text.sentences.map((s) => (
            <li key={s.id} className="card stack">
              <p lang="de" className="teach-german">
                {s.content}
              </p>
              {s.translationSource === "TEACHER" ? <p className="small muted">Your correction</p> : null}
              <TranslationEditor
                textId={text.id}
                classId={classId}
                sentenceId={s.id}
                index={s.index}
                translation={s.translation}
              />
            </li>
          ))}
        </ol>
      </section>
      <section className="stack" aria-labelledby="glosses-heading">
        <h2 id="glosses-heading">Word glosses</h2>
        {text.words.length === 0 ? (
          <p className="muted">This text has no words to gloss.</p>
        ) : (
          <div className="table-scroll">
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">Word</th>
                  <th scope="col" className="num">
                    In text
                  </th>
                  <th scope="col">Dictionary</th>
                  <th scope="col">Your gloss</th>
                </tr>
              </thead>
              <tbody>
                {text.words.map((w) => (
                  <tr key={w.lexemeId}>
                    <td lang="de">{w.lemma}</td>
                    <td className="num">{w.count}×</td>
                    <td>{w.dictionaryGloss ?? <span className="muted">—</span>}</td>
                    <td>
                      <GlossForm
                        textId={text.id}
                        classId={classId}
                        lexemeId={w.lexemeId}
                        lemma={w.lemma}
                        dictionaryGloss={w.dictionaryGloss}
                        override={w.override}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </main>
  );
}
