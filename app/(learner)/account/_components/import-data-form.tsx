"use client";
// Uploads the learner's own JSON export to POST /api/account/import (a route, not a server action: an export
// with books is larger than a server action's 1 MB) and says what was merged, or each problem of the file.
import { useState, type FormEvent } from "react";

type Outcome =
  { status: "idle" } | { status: "ok"; message: string } | { status: "error"; message: string; problems: string[] };

interface ImportSummary {
  settings: boolean;
  wordStatuses: { added: number; updated: number };
  cards: { added: number; updated: number };
  reviewLogs: number;
  unknownWords: number;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function describe(summary: ImportSummary): string {
  const parts = [
    `${plural(summary.cards.added, "card", "cards")} added, ${summary.cards.updated} updated`,
    `${plural(summary.reviewLogs, "review", "reviews")} added`,
    `${plural(summary.wordStatuses.added + summary.wordStatuses.updated, "word status", "word statuses")} added or updated`,
  ];
  if (summary.settings) parts.push("settings and goals restored");
  const skipped =
    summary.unknownWords > 0
      ? ` ${plural(summary.unknownWords, "entry", "entries")} for words this installation’s dictionary does not have were skipped.`
      : "";
  return `Imported: ${parts.join("; ")}.${skipped}`;
}

export function ImportDataForm() {
  const [outcome, setOutcome] = useState<Outcome>({ status: "idle" });
  const [isPending, setIsPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get("file");
    if (!(file instanceof File) || file.size === 0) {
      setOutcome({ status: "error", message: "Choose your export file (.json) first.", problems: [] });
      return;
    }
    setIsPending(true);
    try {
      const response = await fetch("/api/account/import", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: file,
      });
      const body = (await response.json().catch(() => ({}))) as Partial<ImportSummary> & {
        error?: string;
        problems?: string[];
      };
      if (response.ok) setOutcome({ status: "ok", message: describe(body as ImportSummary) });
      else
        setOutcome({
          status: "error",
          message: body.error ?? "The import failed. Please try again.",
          problems: body.problems ?? [],
        });
    } catch {
      setOutcome({ status: "error", message: "The import failed: the server could not be reached.", problems: [] });
    } finally {
      setIsPending(false);
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} className="stack" data-testid="import-data">
      <div className="field">
        <label htmlFor="import-data-file">Export file (.json)</label>
        <input id="import-data-file" name="file" type="file" accept=".json,application/json" required />
      </div>
      <div>
        <button type="submit" className="btn" disabled={isPending}>
          {isPending ? "Importing…" : "Import my data"}
        </button>
      </div>
      {outcome.status === "ok" ? (
        <p className="alert alert-ok" role="status">
          {outcome.message}
        </p>
      ) : null}
      {outcome.status === "error" ? (
        <div className="alert alert-error" role="alert">
          <p>{outcome.message}</p>
          {outcome.problems.length > 0 ? (
            <ul>
              {outcome.problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </form>
  );
}
