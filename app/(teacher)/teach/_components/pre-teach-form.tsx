"use client";
import { useActionState } from "react";
import { pushPreTeachingAction } from "../actions";
import type { ActionState } from "@/lib/server/action";
import { FormMessage } from "@/app/_components/form-message";

export interface PreTeachWordView {
  lexemeId: string;
  front: string;
  gloss: string | null;
  count: number;
  unknownCount: number;
  withCardCount: number;
}

/** The words most of the class doesn't know, with checkboxes; the top ten start checked. */
export function PreTeachForm({
  assignmentId,
  learnerCount,
  words,
}: {
  assignmentId: string;
  learnerCount: number;
  words: PreTeachWordView[];
}) {
  const [state, action, isPending] = useActionState<ActionState, FormData>(pushPreTeachingAction, { status: "idle" });
  return (
    <form action={action} className="stack" data-testid="pre-teach-form">
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <div className="table-scroll">
        <table className="data">
          <caption className="sr-only">Words to pre-teach, most frequent in the text first</caption>
          <thead>
            <tr>
              <th scope="col">Push</th>
              <th scope="col">Word</th>
              <th scope="col">Meaning</th>
              <th scope="col" className="num">
                In text
              </th>
              <th scope="col" className="num">
                Don’t know it
              </th>
              <th scope="col" className="num">
                Have a card
              </th>
            </tr>
          </thead>
          <tbody>
            {words.map((w, i) => (
              <tr key={w.lexemeId}>
                <td>
                  <input
                    type="checkbox"
                    name="lexemeIds"
                    value={w.lexemeId}
                    defaultChecked={i < 10}
                    id={`pt-${w.lexemeId}`}
                    aria-label={`Push ${w.front}`}
                  />
                </td>
                <td lang="de">
                  <label htmlFor={`pt-${w.lexemeId}`}>{w.front}</label>
                </td>
                <td>{w.gloss ?? <span className="muted">—</span>}</td>
                <td className="num">{w.count}×</td>
                <td className="num">
                  {w.unknownCount} of {learnerCount}
                </td>
                <td className="num">{w.withCardCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <FormMessage state={state} />
      <div>
        <button type="submit" className="btn btn-primary" disabled={isPending}>
          {isPending ? "Adding cards…" : "Add selected words to every learner’s review"}
        </button>
      </div>
    </form>
  );
}
