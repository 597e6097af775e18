// The lexicon index is stored packed (text columns + one Int32Array) and
// read in place: every column must read back what the build wrote,
// including nulls, non-Latin-1 glosses and the sparse sense/domain columns.
import { describe, expect, it } from "vitest";
import type { SerializedIndex } from "@/lib/core/lexicon/build-index";
import { packIndex, readIndexColumns } from "@/lib/core/lexicon/packed-index";

const index: SerializedIndex = {
  version: 1,
  lemma: ["Einladung", "einladen", "über", "Moskau"],
  pos: ["NOUN", "VERB", "ADP", "PROPN"],
  gender: "f--n",
  plural: ["Einladungen", null, null, null],
  gloss: ["invitation", "to invite", "over, about", "Moscow – “the capital”"],
  rank: [1200, 800, 12, 0],
  flags: [0, 1, 4, 8],
  pluralGloss: { 0: "invitations" },
  paradigm: [2, 1, 0, 0],
  patterns: ["p-verb", "p-noun"],
  senses: { ids: [0, 3], text: "invitation\u001ebid\u001dMoscow" },
  domains: { ids: [1], text: "fin. jur." },
};

describe("packed lexicon index", () => {
  const columns = readIndexColumns(packIndex(index));

  it("reads every lexeme's columns back", () => {
    expect(columns.size).toBe(4);
    for (let id = 0; id < 4; id++) {
      expect(columns.lemma(id)).toBe(index.lemma[id]);
      expect(columns.pos(id)).toBe(index.pos[id]);
      expect(columns.plural(id)).toBe(index.plural[id]);
      expect(columns.gloss(id)).toBe(index.gloss[id]);
      expect(columns.rank(id)).toBe(index.rank[id]);
      expect(columns.flags(id)).toBe(index.flags[id]);
      expect(columns.paradigm(id)).toBe(index.paradigm[id]);
    }
    expect(columns.meta.gender).toBe("f--n");
    expect(columns.meta.patterns).toEqual(["p-verb", "p-noun"]);
    expect(columns.meta.pluralGloss[0]).toBe("invitations");
  });

  it("reads the sparse columns by id, null for lexemes without a value", () => {
    expect(columns.senses(0)).toBe("invitation\u001ebid");
    expect(columns.senses(3)).toBe("Moscow");
    expect(columns.senses(1)).toBeNull();
    expect(columns.domains(1)).toBe("fin. jur.");
    expect(columns.domains(0)).toBeNull();
  });

  it("answers ids outside the index with nothing", () => {
    expect(columns.lemma(4)).toBeNull();
    expect(columns.pos(-1)).toBeNull();
    expect(columns.rank(99)).toBe(0);
  });
});
