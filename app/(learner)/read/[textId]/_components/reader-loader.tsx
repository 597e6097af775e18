"use client";
// Joins the learner's small part of the page (server-rendered) with the
// page's text, fetched from its immutable address (the browser's cache serves
// it again), and shows the reader.
import { useEffect, useMemo, useState } from "react";
import type { ReaderShell, ReadingView } from "@/lib/server/data/get-reading-view";
import { withClassCorrections, withLearnerWords, type ReaderTextPage } from "@/lib/core/reading/reader-payload";
import { Reader } from "./reader";

export function ReaderLoader({ shell }: { shell: ReaderShell }) {
  const [textPage, setTextPage] = useState<ReaderTextPage | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    fetch(shell.textPageUrl, { signal: controller.signal })
      .then(async (response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        setTextPage((await response.json()) as ReaderTextPage);
      })
      .catch((reason: unknown) => {
        if (controller.signal.aborted) return;
        console.error("reader page text failed", reason);
        setError("The text could not be loaded. Check your connection and reload the page.");
      });
    return () => controller.abort();
  }, [shell.textPageUrl]);

  const view = useMemo<ReadingView | null>(() => {
    if (!textPage) return null;
    const { text, page, pageCount, progress, settings, words, corrections } = shell;
    const corrected = withClassCorrections(textPage, corrections);
    return {
      text,
      page,
      pageCount,
      progress,
      settings,
      sentences: corrected.sentences,
      lexemes: withLearnerWords(corrected.lexemes, words),
    };
  }, [shell, textPage]);

  if (!view) {
    return (
      <main id="main" className="page reader-page">
        <h1>{shell.text.title}</h1>
        <p role={error ? "alert" : "status"}>{error ?? "Loading the text…"}</p>
      </main>
    );
  }
  return <Reader view={view} />;
}
