// German text for import tests: real sentences (the seed article), repeated to any length.
import fs from "node:fs";
import path from "node:path";

export const SHORT_GERMAN = [
  "Der Hund schläft im Garten.",
  "Am Morgen trinkt meine Schwester gern einen Kaffee mit Milch.",
  "Wir fahren im Sommer mit dem Zug an die Ostsee.",
].join(" ");
export const SHORT_ENGLISH = [
  "The dog is sleeping in the garden.",
  "In the morning my sister likes to drink a coffee with milk.",
  "In summer we take the train to the Baltic Sea.",
].join(" ");

function seedParagraphs(): string[] {
  const text = fs.readFileSync(path.join(process.cwd(), "data", "seed", "seed-article.de.txt"), "utf8");
  // Long paragraphs only: the short ones are the headline and site boilerplate.
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.split(/\s+/).length >= 15);
}

/** About `words` words of running German, in paragraphs. */
export function longGermanText(words: number): string {
  const paragraphs = seedParagraphs();
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const p = paragraphs[i % paragraphs.length]!;
    out.push(p);
    count += p.split(/\s+/).length;
  }
  return out.join("\n\n");
}
