"use client";
import { useActionState } from "react";
import { updateGlossAction } from "../actions";
import type { ActionState } from "@/lib/server/action";
import { FormMessage } from "@/app/_components/form-message";

export function GlossForm({
  textId,
  lexemeId,
  lemma,
  dictionaryGloss,
  override,
}: {
  textId: string;
  lexemeId: string;
  lemma: string;
  dictionaryGloss: string | null;
  override: string | null;
}) {
  const [state, action, isPending] = useActionState<ActionState, FormData>(updateGlossAction, { status: "idle" });
  const id = `gl-${lexemeId}`;
  return (
    <form action={action} className="row teach-inline-form">
      <input type="hidden" name="textId" value={textId} />
      <input type="hidden" name="lexemeId" value={lexemeId} />
      <label htmlFor={id} className="sr-only">
        Gloss for {lemma}
      </label>
      <input
        id={id}
        name="gloss"
        type="text"
        defaultValue={override ?? ""}
        placeholder={dictionaryGloss ?? "no dictionary gloss"}
        maxLength={200}
        className="teach-gloss"
      />
      <button type="submit" className="btn" disabled={isPending}>
        {isPending ? "Saving…" : "Save"}
      </button>
      <FormMessage state={state} />
    </form>
  );
}
