// The seed article through the real pipeline and the real lexicon.
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { analyzeText, type AnalyzedText } from "@/lib/core/analyze";
import { loadLexicon } from "../helpers/lexicon";
import { chosenPart } from "../helpers/second-sense";

const input = readFileSync(path.resolve(__dirname, "../../data/seed/seed-article.de.txt"), "utf8");
let result: AnalyzedText;
beforeAll(() => {
  result = analyzeText(input, loadLexicon());
});

function find(word: string): {
  lemma?: string;
  gloss?: string | null;
  phrase?: { lemma: string; gloss?: string | null };
} {
  for (const s of result.sentences) for (const t of s.tokens) if (t.text === word) return t;
  throw new Error(`no token ${word}`);
}

describe("seed article", () => {
  it("keeps the title and drops the three boilerplate lines", () => {
    expect(result.title).toBe("Wladimir Putin nimmt die Einladung von Kim Jong Un nach Nordkorea „dankbar“ an");
    const all = result.sentences.map((s) => s.text).join("\n");
    for (const line of ["Erhalten Sie kostenlose Updates", "ttn-de-58", "Schreibe einen Kommentar"]) {
      expect(all).not.toContain(line);
    }
  });

  it("yields every body sentence exactly once, with exact offsets", () => {
    const body = input
      .split("\n")
      .map((l) => l.trim())
      .filter(
        (l) =>
          l &&
          !["Erhalten Sie kostenlose Updates zur russischen Politik", "ttn-de-58", "Schreibe einen Kommentar"].includes(
            l,
          ),
      );
    const joined = result.sentences.map((s) => s.text).join(" ");
    expect(joined).toBe(body.join(" "));
    for (const s of result.sentences) {
      expect(input.slice(s.start, s.end)).toBe(s.text);
      for (const t of s.tokens) expect(input.slice(t.start, t.end)).toBe(t.text);
    }
    expect(result.sentences).toHaveLength(26); // title + 25 body sentences
  });

  it("gives every content word a lemma and a gloss", () => {
    const missing: string[] = [];
    for (const s of result.sentences) {
      for (const t of s.tokens) {
        if (t.kind !== "word") continue;
        if (!t.lemma) missing.push(`${t.text}: no lemma`);
        else if (["NOUN", "VERB", "ADJ", "ADV"].includes(t.pos ?? "") && !t.gloss) missing.push(`${t.text}: no gloss`);
      }
    }
    expect(missing).toEqual([]);
  });

  // Lemma and an acceptable learner gloss for words of the article.
  it.each([
    ["Einladung", "Einladung", /invitation/],
    ["Präsident", "Präsident", /president/],
    ["russische", "russisch", /Russian/],
    ["Besuch", "Besuch", /visit/],
    ["wegweisenden", "wegweisend", /pioneering|groundbreaking|trailblazing|landmark|revolutionary/],
    ["Gespräche", "Gespräch", /conversation|talk/],
    ["Gesprächs", "Gespräch", /conversation|talk/],
    ["Staatsoberhäupter", "Staatsoberhaupt", /head of state/],
    ["Woche", "Woche", /week/],
    ["angenommen", "annehmen", /accept|take/],
    ["Kreml", "Kreml", /Kremlin/],
    ["Donnerstag", "Donnerstag", /Thursday/],
    ["Vertiefung", "Vertiefung", /deepen|depression|recess|hollow|well/],
    ["Beziehungen", "Beziehung", /relation/],
    ["verdeutlichen", "verdeutlichen", /illustrate|clarify|make clear|explain/],
    ["regionalen", "regional", /regional/],
    ["Verbündeten", "Verbündete", /ally/],
    ["bestürzt", "bestürzen", /dismay|shock|upset/],
    ["persönlichen", "persönlich", /personal/],
    ["lud", "laden", /load|invite/],
    ["dankbar", "dankbar", /grateful|thankful/],
    ["Vereinbarungen", "Vereinbarung", /agreement|arrangement/],
    ["diplomatische", "diplomatisch", /diplomatic/],
    ["Kanäle", "Kanal", /channel/],
    ["fortgesetzt", "fortsetzen", /continue/],
    ["Kremlsprecher", "Kremlsprecher", /Kremlin/],
    ["Reportern", "Reporter", /reporter/],
    ["Nachrichtenagentur", "Nachrichtenagentur", /news agency/],
    ["Gipfel", "Gipfel", /summit/],
    ["Freude", "Freude", /joy|pleasure/],
    ["Unterstützung", "Unterstützung", /support|assistance|help/],
    ["Krieg", "Krieg", /war/],
    ["heiligen", "heilig", /holy|sacred/],
    ["Kampf", "Kampf", /fight|battle|struggle/],
    ["Imperialismus", "Imperialismus", /imperialism/],
    ["Regierungschefs", "Regierungschef", /head of (the )?government/],
    ["Interesse", "Interesse", /interest/],
    ["Frieden", "Frieden", /peace/],
    ["Sicherheit", "Sicherheit", /security|safety/],
    ["Gerechtigkeit", "Gerechtigkeit", /justice/],
    ["Einzelheiten", "Einzelheit", /detail/],
    ["Einigung", "Einigung", /agreement/],
    ["besuchte", "besuchen", /visit/],
    ["Vater", "Vater", /father/],
    ["Machthaber", "Machthaber", /ruler/],
    ["Außenminister", "Außenminister", /foreign minister/],
    ["Geschenke", "Geschenk", /present|gift/],
    ["Gewehr", "Gewehr", /rifle|gun/],
    ["Waffengeschäft", "Waffengeschäft", /arms|weapon/],
    ["Munition", "Munition", /munition|ammunition/],
    ["unterstützen", "unterstützen", /support/],
    ["Spionagesatelliten", "Spionagesatellit", /spy satellite|espionage satellite/],
    ["Atom-U-Booten", "Atom-U-Boot", /submarine|U.?boat/i],
    ["Bedauern", "Bedauern", /regret/],
    ["Zusammenarbeit", "Zusammenarbeit", /cooperation|collaboration/],
    ["Sicherheitskooperation", "Sicherheitskooperation", /security cooperation/],
    ["Sanktionen", "Sanktion", /sanction/],
    ["auszuüben", "ausüben", /exert|exercise|practi[cs]e/],
    ["Zeitung", "Zeitung", /newspaper|paper/],
    ["zurückkehrt", "zurückkehren", /return/],
    // Glosses a learner would not accept before the ranking was fixed
    // (to maintain, to tender, guidebook, call option, fabric, orient,
    // conceivable, crowded, Pacific liquor, state queen pilot, state medium).
    ["erhalten", "erhalten", /^to (?:receive|get)$/],
    ["Führer", "Führer", /^leader$/],
    ["Optionen", "Option", /^option$/],
    ["Bau", "Bau", /^(?:construction|building)$/],
    ["Osten", "Osten", /^east$/i],
    ["möglichen", "möglich", /^possible$/],
    ["mögliche", "möglich", /^possible$/],
    ["volle", "voll", /^full$/],
    ["Pazifikflotte", "Pazifikflotte", /^Pacific fleet$/],
    ["Staatsoberhäupter", "Staatsoberhaupt", /^heads? of state$/],
    ["Staatsmedien", "Staatsmedium", /^state media$/],
    ["erster", "erst", /^first$/],
    ["Vertiefung", "Vertiefung", /^deepening$/],
    ["diskutiert", "diskutieren", /^to discuss$/],
    ["beiträgt", "beitragen", /^to contribute/],
    ["gewarnt", "warnen", /^to warn/],
    ["Forscher", "Forscher", /^researcher$/],
    ["Besorgnis", "Besorgnis", /^concern$/],
    ["darunter", "darunter", /among|including/],
    ["sogenannten", "sogenannt", /^so-called$/],
    ["schwierig", "schwierig", /^difficult$/],
    ["unschuldige", "unschuldig", /^innocent$/],
    ["Handwerkern", "Handwerker", /^craftsm[ae]n$/],
    ["Kremlsprecher", "Kremlsprecher", /^Kremlin spokesman$/],
    ["Sicherheitsrates", "Sicherheitsrat", /^security council$/i],
    ["nannte", "nennen", /^to (?:call|name)$/],
    // Lemmas and glosses a learner was misled by (waistcoat, trap, distance,
    // far, "to achieve" for an adjective, atom submarine, United States of
    // America foreign office).
    ["Westen", "Westen", /^west$/i],
    ["Falle", "Fall", /^case$/],
    ["Fernen", "fern", /^far$/],
    ["Nationalen", "national", /^national$/],
    ["Weißen", "weiß", /^white$/],
    ["weiteren", "weit", /^further$/],
    ["erzielten", "erzielt", /^achieved$/],
    ["beunruhigend", "beunruhigend", /^(?:disturbing|worrying)$/],
    ["wegweisenden", "wegweisend", /^groundbreaking$/],
    ["Kampf", "Kampf", /^(?:fight|struggle)(?:, struggle)?$/],
    ["Gewehr", "Gewehr", /^rifle$/],
    ["Atom-U-Booten", "Atom-U-Boot", /^nuclear submarine$/],
    ["Atomwaffen", "Atomwaffe", /^nuclear weapon$/],
    ["US-Außenministeriums", "US-Außenministerium", /^US (?:State Department|foreign ministry)$/],
    ["Panzerzug", "Panzerzug", /^armoured train$/],
    ["Russlandreise", "Russlandreise", /^(?:trip to Russia|Russia trip)$/],
  ])("%s → %s", (word, lemma, gloss) => {
    const t = find(word);
    expect(t.lemma).toBe(lemma);
    expect(chosenPart(t.gloss, gloss)).toMatch(gloss);
  });

  it.each([
    ["nimmt", "annehmen"],
    ["lud", "einladen"],
    ["bot", "anbieten"],
    ["gaben", "bekanntgeben"],
    ["setzte", "fortsetzen"],
    ["teilten", "mitteilen"],
  ])("separable verb %s … → %s", (word, lemma) => {
    expect(find(word).phrase?.lemma).toBe(lemma);
  });

  it.each([
    ["bot", /^to offer$/], // not "to tender"
    ["nimmt", /^to accept$/],
    ["teilten", /^to (?:communicate|inform|announce|tell)/],
  ])("separable verb %s … gloss", (word, gloss) => {
    expect(find(word).phrase?.gloss ?? "").toMatch(gloss);
  });
});
