"use client";
// Links to the learner's chosen online dictionaries for a word: plain links
// that open in a new tab; nothing is requested until the learner follows one.
import { dictionaryLinks } from "@/lib/core/reading/dictionary-links";
import { useTextMedia } from "./text-media";

export function DictionaryLinks({ lemma }: { lemma: string }) {
  const { media } = useTextMedia();
  const settings = media?.dictionaries;
  const links = settings ? dictionaryLinks(settings.dictionaries, settings.dictionaryUrl, lemma) : [];
  if (links.length === 0) {
    return (
      <p className="small muted">
        <a href="/settings#dictionary-settings-heading">Choose online dictionaries</a> to look words up there too.
      </p>
    );
  }
  return (
    <p className="small" data-testid="dictionary-links">
      Look up “{lemma}” in:{" "}
      {links.map((link, i) => (
        <span key={link.url}>
          {i > 0 ? " · " : null}
          <a href={link.url} target="_blank" rel="noopener noreferrer" referrerPolicy="no-referrer">
            {link.name}
          </a>
        </span>
      ))}
    </p>
  );
}
