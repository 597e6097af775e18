import { describe, expect, it } from "vitest";
import { parsePreferredGlosses } from "@/lib/core/gloss/preferred";
import { chooseGloss, isIrregularPlural, type GlossCandidate } from "@/lib/core/gloss/select-gloss";
import { cleanSense, parseDingLine } from "@/lib/core/lexicon/ding";

function candidates(lines: string[], word: string): GlossCandidate[] {
  return lines.map((l, order) => {
    const line = parseDingLine(l);
    if (!line) throw new Error(l);
    return { line, headIndex: line.heads.findIndex((h) => h.word === word), order };
  });
}
const freq: Record<string, number> = {
  regret: 3.5,
  unhappiness: 1.5,
  ruler: 3,
  "powers-that-be": 0.5,
  exert: 2,
  practise: 1.5,
  bear: 3.5,
  guidebook: 1.56,
  guide: 2.96,
  leader: 3.2,
  call: 4.64,
  option: 2.87,
  premium: 2.5,
  orient: 1.91,
  east: 3.4,
  conceivable: 1.79,
  possible: 3.76,
  crowded: 2.66,
  full: 3.93,
  liquor: 2.95,
  fleet: 2.73,
  bath: 3.2,
  fabric: 2.39,
  construction: 2.85,
  building: 3.71,
  take: 4.98,
  carry: 3.53,
  offer: 3.58,
  tender: 2.66,
};
const englishFrequency = (w: string): number => freq[w] ?? 2;

describe("parseDingLine", () => {
  it("reads headword, gender, plural, senses and examples", () => {
    const line = parseDingLine(
      "Einladung {f} [soc.] | Einladungen {pl} | auf Einladung von jdm. :: invitation | invitations | at sb.'s invitation",
    );
    expect(line?.heads[0]).toMatchObject({ word: "Einladung", pos: "NOUN", gender: "f", tags: ["soc."] });
    expect(line?.plurals[0]).toBe("Einladungen");
    expect(line?.senses[0]?.gloss).toBe("invitation");
    expect(line?.examples[0]?.de).toBe("auf Einladung von jdm.");
  });

  it.each([
    ["groß; schwer {adj} :: big", "groß", "ADJ"],
    ["jdn. besuchen {vt} :: to visit", "besuchen", "VERB"],
    ["der Kreml {m} [pol.] :: the Kremlin", "Kreml", "NOUN"],
  ])("headword of %s", (text, word, pos) => {
    expect(parseDingLine(text)?.heads[0]).toMatchObject({ word, pos });
  });

  it("collects verb forms", () => {
    const line = parseDingLine(
      "laden {vt} | ladend | geladen | er/sie lädt | ich/er/sie lud | er/sie hat/hatte geladen :: to load | loading | loaded | he/she loads | I/he/she loaded | he/she has/had loaded",
    );
    expect(line?.verbForms).toEqual(["ladend", "geladen", "lädt", "lud"]);
  });
});

describe("chooseGloss", () => {
  it.each([
    [
      [
        "Bedauern {n} :: unhappiness; sorriness",
        "Bedauern {n} | sehr zu meinem Bedauern :: regret | much to my regret",
      ],
      "Bedauern",
      "NOUN",
      "n",
      "regret",
    ],
    [["Machthaber {pl} :: the powers-that-be", "Machthaber {m} :: ruler"], "Machthaber", "NOUN", "m", "ruler"],
    [
      [
        "ausüben {vt} [übtr.] :: to bear",
        "ausüben {vt} | ausübend | ausgeübt | Druck ausüben :: to exert | exerting | exerted | to exert pressure",
      ],
      "ausüben",
      "VERB",
      null,
      "to exert",
    ],
  ] as const)("%#: %s", (lines, word, pos, gender, expected) => {
    expect(chooseGloss(candidates([...lines], word), { pos, gender, englishFrequency })?.gloss).toBe(expected);
  });
});

describe("chooseGloss: general rules", () => {
  it.each([
    // A comment on the German side narrows the sense ("(Handbuch)").
    [
      [
        "Führer {m} (Handbuch) | Führer {pl} | Reiseführer {m} :: guidebook; guide | guidebooks; guides | travel guide",
        "Anführer {m}; Anführerin {f}; Führer {m}; Führerin {f} | Anführer {pl}; Anführerinnen {pl}; Führer {pl}; Führerinnen {pl} :: leader | leaders",
        "Führer {m}; Lenker {m} [pol.] | Führer {pl}; Lenker {pl} | politischer Führer :: leader | leaders | political leader",
      ],
      "Führer",
      "NOUN",
      "m",
      "leader",
    ],
    // A subject tag after the last synonym covers the line ([fin.]); the cognate wins.
    [
      [
        "Kaufoption {f}; Option {f}; Vorprämie {f} (Börse) [fin.] :: call option; call premium; call",
        "Wahlmöglichkeit {f}; Möglichkeit {f}; Option {f} :: option; choice",
      ],
      "Option",
      "NOUN",
      "f",
      "option",
    ],
    // Common English beats rare when Ding's signals are even.
    [["Osten {m}; Ost /O/ :: East /E/", "Osten {m} :: orient"], "Osten", "NOUN", "m", "East"],
    [
      [
        "denkbar; vorstellbar; möglich; potenziell {adj} | eine mögliche Ursache :: conceivable; presumable | a possible cause",
        "möglich; tunlich [veraltet] {adj} | so bald wie möglich :: possible | as soon as possible",
      ],
      "möglich",
      "ADJ",
      null,
      "possible",
    ],
    [
      [
        "belebt; überfüllt; übervoll; voll {adj} (Ort) :: crowded; teeming (of a place)",
        "voll; völlig; vollständig {adj} :: full",
      ],
      "voll",
      "ADJ",
      null,
      "full",
    ],
    // Three subject fields at once mark a general word, one narrow field a special sense.
    [
      [
        "Flotte {f} [auto] [aviat.] [naut.] | Flotten {pl} :: fleet | fleets",
        "Flotte {f}; Bad {n} [textil.] | Waschflotte {f} :: liquor; bath | washing liquor",
      ],
      "Flotte",
      "NOUN",
      "f",
      "fleet",
    ],
    // Above everyday frequency Ding's sense order decides ("to carry", not "to take").
    [
      ["tragen; befördern {vt} | tragend | getragen :: to carry; to take | carrying | carried"],
      "tragen",
      "VERB",
      null,
      "to carry",
    ],
    // Examples that use the headword mark its main entry.
    [
      [
        "ein Angebot machen; anbieten; andienen [econ.] {vt} :: to tender",
        "bieten; anbieten {vt} | etw. anbieten | jdm. etw. anbieten | Hilfe anbieten :: to offer | to offer sth. | to offer sb. sth. | to offer help",
      ],
      "anbieten",
      "VERB",
      null,
      "to offer",
    ],
    // A doubled consonant before -en is single in the English cognate (beginnen → begin).
    [
      ["beginnen; starten {vi} | beginnend; startend | begonnen; gestartet :: to start; to begin | starting | started"],
      "beginnen",
      "VERB",
      null,
      "to begin",
    ],
    // Regression: a dictionary typo ("to to feed") was durchführen's gloss.
    [
      [
        "etw. durch etw. (Enges) durchführen {vt} | durchführend | durchgeführt | das Kabel durch das Loch durchführen :: to to feed sth. | toing feed | toed feed | the feed the cable through the hole",
        "etw. ausführen; durchführen {vt} | ausführend; durchführend :: to carry out | carrying out",
      ],
      "durchführen",
      "VERB",
      null,
      "to carry out",
    ],
  ] as const)("%#: %s → %s", (lines, word, pos, gender, expected) => {
    expect(chooseGloss(candidates([...lines], word), { pos, gender, englishFrequency })?.gloss).toBe(expected);
  });

  it("returns an irregular English plural of the chosen sense", () => {
    const chosen = chooseGloss(candidates(["Medium {n} | Medien {pl} :: medium | media"], "Medium"), {
      pos: "NOUN",
      gender: "n",
      englishFrequency,
    });
    expect(chosen?.plural).toBe("media");
    expect(isIrregularPlural("house", "houses")).toBe(false);
    expect(isIrregularPlural("inscription", "epigraphs")).toBe(false);
    expect(isIrregularPlural("craftsman", "craftsmen")).toBe(true);
  });
});

describe("cleanSense", () => {
  it.each([
    ["to name sb./sth.", "to name"],
    ["number /no.", "number"],
    ["No./", ""],
    ["free of/from", "free of/from"],
  ])("%s → %s", (raw, clean) => {
    expect(cleanSense(raw)).toBe(clean);
  });
});

describe("preferred glosses table", () => {
  it("parses lemma, POS and gloss, skipping comments", () => {
    const table = parsePreferredGlosses("# comment\nerhalten\tVERB\tto receive\n\nBau\tNOUN\tconstruction\n");
    expect(table.get("erhalten\tVERB")).toBe("to receive");
    expect(table.size).toBe(2);
    expect(() => parsePreferredGlosses("erhalten to receive\n")).toThrow(/lemma<TAB>UPOS<TAB>gloss/);
  });
});
