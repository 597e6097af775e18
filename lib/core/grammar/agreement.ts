/**
 * Case × number × gender as a 24-bit set, and the German declension
 * endings as such sets, written from a German grammar (Duden-style tables
 * of article, pronoun and adjective endings). A noun phrase's reading is
 * the intersection of its words' sets: "die" ∩ "Einladung" leaves
 * nominative or accusative feminine singular.
 */

export const CASES = ["Nom", "Gen", "Dat", "Acc"] as const;
export const NUMBERS = ["Sing", "Plur"] as const;
export const GENDERS = ["Masc", "Fem", "Neut"] as const;
export type Case = (typeof CASES)[number];

/** Bit of one case/number/gender combination. */
function bit(c: number, n: number, g: number): number {
  return 1 << (c * 6 + n * 3 + g);
}

export const ALL = (1 << 24) - 1;

/**
 * A set from a compact spec: space-separated cells "case.gender.number"
 * where each part lists letters (N G D A; m f n; s p) or is "*" for all.
 *
 * @example
 * maskOf("NA.f.s"); // nominative or accusative feminine singular
 */
export function maskOf(spec: string): number {
  let m = maskCache.get(spec);
  if (m === undefined) {
    m = computeMask(spec);
    maskCache.set(spec, m);
  }
  return m;
}
const maskCache = new Map<string, number>();

function computeMask(spec: string): number {
  let m = 0;
  for (const cell of spec.split(" ").filter(Boolean)) {
    const [cs = "*", gs = "*", ns = "*"] = cell.split(".");
    CASES.forEach((_, c) => {
      if (cs !== "*" && !cs.includes("NGDA"[c]!)) return;
      NUMBERS.forEach((_, n) => {
        if (ns !== "*" && !ns.includes("sp"[n]!)) return;
        GENDERS.forEach((_, g) => {
          if (gs !== "*" && !gs.includes("mfn"[g]!)) return;
          m |= bit(c, n, g);
        });
      });
    });
  }
  return m;
}

/** Built once: phrases ask for case masks all the time. */
const CASE_MASKS: Record<Case, number> = {
  Nom: maskOf("N.*.*"),
  Gen: maskOf("G.*.*"),
  Dat: maskOf("D.*.*"),
  Acc: maskOf("A.*.*"),
};

export function caseMask(c: Case): number {
  return CASE_MASKS[c];
}
export const NOM = caseMask("Nom");
export const GEN = caseMask("Gen");
export const DAT = caseMask("Dat");
export const ACC = caseMask("Acc");
export const SING = maskOf("*.*.s");
export const PLUR = maskOf("*.*.p");

/** Masks per gender, built once (genderMask and gendersOf run for every word). */
const GENDER_MASKS = { m: maskOf("*.m.*"), f: maskOf("*.f.*"), n: maskOf("*.n.*") } as const;
const GENDER_MASK_LIST = [GENDER_MASKS.m, GENDER_MASKS.f, GENDER_MASKS.n];

export function genderMask(g: "m" | "f" | "n" | null): number {
  return g ? GENDER_MASKS[g] : ALL;
}

/**
 * Every sub-list of `list` (in its order), indexed by the bit pattern of the members: the value
 * lists below are asked for every word and phrase, so they are shared (frozen) instead of filtered
 * anew each time.
 */
function subLists<T extends string>(list: readonly T[]): readonly (readonly T[])[] {
  return Array.from({ length: 1 << list.length }, (_, bits) => Object.freeze(list.filter((_, i) => (bits >> i) & 1)));
}
const CASE_LISTS = subLists(CASES);
const NUMBER_LISTS = subLists(NUMBERS);
const GENDER_LISTS = subLists(GENDERS);

export function casesOf(mask: number): readonly Case[] {
  let bits = 0;
  for (let c = 0; c < CASES.length; c++) if ((mask & (0x3f << (c * 6))) !== 0) bits |= 1 << c;
  return CASE_LISTS[bits]!;
}
export function numbersOf(mask: number): readonly ("Sing" | "Plur")[] {
  return NUMBER_LISTS[((mask & SING) !== 0 ? 1 : 0) | ((mask & PLUR) !== 0 ? 2 : 0)]!;
}
export function gendersOf(mask: number): readonly ("Masc" | "Fem" | "Neut")[] {
  let bits = 0;
  for (let g = 0; g < GENDER_MASK_LIST.length; g++) if ((mask & GENDER_MASK_LIST[g]!) !== 0) bits |= 1 << g;
  return GENDER_LISTS[bits]!;
}

/** Strong adjective endings (no determiner: "großer Mann", "mit großem Dank"). */
const STRONG_ADJ: Record<string, string> = {
  e: "NA.f.s NA.*.p",
  er: "N.m.s DG.f.s G.*.p",
  es: "NA.n.s",
  en: "A.m.s G.mn.s D.*.p",
  em: "D.mn.s",
};
/** Weak endings (after der, dieser, jeder …: "der große Mann"). */
const WEAK_ADJ: Record<string, string> = {
  e: "N.*.s A.fn.s",
  en: "A.m.s DG.*.s *.*.p",
};
/** Mixed endings (after ein, kein, mein …: "ein großer Mann", "meine großen Pläne"). */
const MIXED_ADJ: Record<string, string> = {
  er: "N.m.s",
  es: "NA.n.s",
  e: "NA.f.s",
  en: "A.m.s DG.*.s *.*.p",
};
/** Endings of dieser, jener, jeder, welcher, alle, viele … (strong, genitive -es). */
const STRONG_DET: Record<string, string> = {
  e: "NA.f.s NA.*.p",
  er: "N.m.s DG.f.s G.*.p",
  es: "NA.n.s G.mn.s",
  s: "NA.n.s",
  en: "A.m.s D.*.p",
  em: "D.mn.s",
};
/** Endings of ein, kein and the possessives (mein, unser …). */
const EIN_DET: Record<string, string> = {
  "": "N.m.s NA.n.s",
  e: "NA.f.s NA.*.p",
  er: "DG.f.s G.*.p",
  es: "G.mn.s",
  en: "A.m.s D.*.p",
  em: "D.mn.s",
};
const DEFINITE: Record<string, string> = {
  der: "N.m.s DG.f.s G.*.p",
  die: "NA.f.s NA.*.p",
  das: "NA.n.s",
  den: "A.m.s D.*.p",
  dem: "D.mn.s",
  des: "G.mn.s",
};
/** Relative and demonstrative pronoun forms that differ from the article. */
const DEMONSTRATIVE: Record<string, string> = {
  der: "N.m.s D.f.s",
  dessen: "G.mn.s",
  deren: "G.f.s G.*.p",
  derer: "G.*.p",
  denen: "D.*.p",
};
/** Contracted preposition + article (im = in dem …). */
export const CONTRACTIONS: Record<string, { prep: string; mask: string }> = {
  im: { prep: "in", mask: "D.mn.s" },
  ins: { prep: "in", mask: "A.n.s" },
  am: { prep: "an", mask: "D.mn.s" },
  ans: { prep: "an", mask: "A.n.s" },
  aufs: { prep: "auf", mask: "A.n.s" },
  beim: { prep: "bei", mask: "D.mn.s" },
  vom: { prep: "von", mask: "D.mn.s" },
  zum: { prep: "zu", mask: "D.mn.s" },
  zur: { prep: "zu", mask: "D.f.s" },
  durchs: { prep: "durch", mask: "A.n.s" },
  fürs: { prep: "für", mask: "A.n.s" },
  ums: { prep: "um", mask: "A.n.s" },
  übers: { prep: "über", mask: "A.n.s" },
  unters: { prep: "unter", mask: "A.n.s" },
  vors: { prep: "vor", mask: "A.n.s" },
  hinterm: { prep: "hinter", mask: "D.mn.s" },
};

export type Declension = "strong" | "weak" | "mixed";

/** Determiners after which an adjective takes weak endings; the ein-words take mixed ones; all others strong. */
const WEAK_AFTER = new Set([
  "der",
  "dieser",
  "jener",
  "jeder",
  "welcher",
  "mancher",
  "solcher",
  "alle",
  "beide",
  "derselbe",
  "derjenige",
]);
const EIN_WORDS = new Set(["ein", "kein", "mein", "dein", "sein", "ihr", "unser", "euer"]);

export function declensionAfter(detLemma: string | null): Declension {
  if (!detLemma) return "strong";
  if (EIN_WORDS.has(detLemma)) return "mixed";
  return WEAK_AFTER.has(detLemma) ? "weak" : "strong";
}

const compiled = new Map<Record<string, string>, Map<string, number>>();
function lookup(table: Record<string, string>, key: string): number {
  let c = compiled.get(table);
  if (!c) {
    c = new Map(Object.entries(table).map(([k, v]) => [k, maskOf(v)]));
    compiled.set(table, c);
  }
  return c.get(key) ?? 0;
}

/** Case/gender/number set of an attributive adjective's ending, 0 when the ending is none of -e/-en/-em/-er/-es. */
export function adjectiveMask(ending: string, declension: Declension): number {
  return lookup(declension === "strong" ? STRONG_ADJ : declension === "weak" ? WEAK_ADJ : MIXED_ADJ, ending);
}

/**
 * Case/gender/number set of a determiner (or of the same word used as a
 * pronoun), from its lemma and form; 0 when unknown.
 *
 * @example
 * determinerMask("der", "der", false); // N.m.s DG.f.s G.*.p
 * determinerMask("einen", "ein", false); // A.m.s D.*.p
 */
export function determinerMask(form: string, lemma: string, isPronoun: boolean): number {
  const lower = form.toLowerCase();
  // derselbe, diejenigen: the article part declines like the article.
  const compound = /^(der|die|das|den|dem|des)(?:selbe|jenige)n?$/.exec(lower);
  if (compound) return lookup(DEFINITE, compound[1]!);
  if (lemma === "der") {
    if (isPronoun && DEMONSTRATIVE[lower]) return lookup(DEMONSTRATIVE, lower);
    return lookup(DEFINITE, lower) || lookup(DEMONSTRATIVE, lower);
  }
  if (EIN_WORDS.has(lemma)) {
    if (lower === lemma) return isPronoun && lemma === "ein" ? maskOf("N.m.s NA.n.s") : lookup(EIN_DET, "");
    const ending = /(?:e|er|es|en|em)$/.exec(lower)?.[0] ?? "";
    // "einer", "keines" as pronouns take the strong endings of dieser.
    return isPronoun ? lookup(STRONG_DET, ending) : lookup(EIN_DET, ending);
  }
  if (lower === "dies") return maskOf("NA.n.s");
  const ending = /(?:e|er|es|en|em)$/.exec(lower)?.[0];
  const mask = ending ? lookup(STRONG_DET, ending) : 0;
  // "viele Spezies", "vielen Dank" aside, viel-, wenig-, einig-, mehrer-, beid- with -e/-en/-er count: plural.
  if (PLURAL_QUANTIFIERS.has(lemma) && (ending === "e" || ending === "en" || ending === "er"))
    return mask & PLUR || mask;
  return mask;
}

/** Quantifiers whose -e/-en/-er forms count (plural); their singular is vieles, vielem, einiges. */
const PLURAL_QUANTIFIERS = new Set(["viel", "wenig", "einige", "einiger", "mehrere", "mehrerer", "beide", "beid"]);

export interface PronounReading {
  mask: number;
  person?: "1" | "2" | "3";
  reflexive?: boolean;
}

const PERSONAL: Record<string, [string, PronounReading["person"]]> = {
  ich: ["N.*.s", "1"],
  mich: ["A.*.s", "1"],
  mir: ["D.*.s", "1"],
  du: ["N.*.s", "2"],
  dich: ["A.*.s", "2"],
  dir: ["D.*.s", "2"],
  er: ["N.m.s", "3"],
  ihn: ["A.m.s", "3"],
  ihm: ["D.mn.s", "3"],
  sie: ["NA.f.s NA.*.p", "3"],
  es: ["NA.n.s", "3"],
  wir: ["N.*.p", "1"],
  uns: ["DA.*.p", "1"],
  ihr: ["N.*.p D.f.s", undefined],
  euch: ["DA.*.p", "2"],
  ihnen: ["D.*.p", "3"],
  man: ["N.*.s", undefined],
  wer: ["N.m.s", undefined],
  wen: ["A.m.s", undefined],
  wem: ["D.m.s", undefined],
  wessen: ["G.m.s", undefined],
  was: ["NA.n.s", undefined],
  jemand: ["NA.m.s", undefined],
  jemanden: ["A.m.s", undefined],
  jemandem: ["D.m.s", undefined],
  niemand: ["NA.m.s", undefined],
  niemanden: ["A.m.s", undefined],
  niemandem: ["D.m.s", undefined],
  nichts: ["NA.n.s", undefined],
};

/**
 * Readings of a personal, reflexive, interrogative or indefinite pronoun.
 * "ihr" is the 2nd person plural nominative or the 3rd person feminine
 * dative; "sie" she (nominative/accusative) or they.
 */
export function pronounReading(form: string): PronounReading | null {
  const lower = form.toLowerCase();
  if (lower === "sich") return { mask: maskOf("DA.*.*"), person: "3", reflexive: true };
  const row = PERSONAL[lower];
  if (!row) return null;
  const reading: PronounReading = { mask: maskOf(row[0]) };
  if (row[1]) reading.person = row[1];
  return reading;
}
