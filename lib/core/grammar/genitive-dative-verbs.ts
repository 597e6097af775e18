/**
 * Verbs and adjectives that decide between a genitive and a dative noun phrase, from a German
 * grammar. "der Zeitung" (feminine singular) and "der Kinder" are genitive or dative by form; after
 * a noun the genitive attribute is the usual reading ("die Opposition der Zeitung"), but a verb
 * that takes a dative object leaves both open ("sagte die Opposition der Zeitung": the opposition
 * of the paper, or told the paper). A few verbs and adjectives govern a genitive object ("wurde
 * der Tat angeklagt", "ist sich der Gefahr bewusst").
 */

import { takesDativeObject } from "./prepositions";

/**
 * Verbs with a dative object beside their subject, with or without an accusative one: giving,
 * telling, showing, taking away, belonging, attending. Particle verbs by their full lemma.
 */
const DATIVE_OBJECT_VERBS = new Set(
  (
    "geben sagen zeigen schicken senden schenken bringen erklären erzählen mitteilen berichten melden " +
    "anbieten bieten überreichen übergeben überlassen verkaufen leihen schreiben empfehlen versprechen " +
    "verbieten erlauben gestatten vorwerfen vorschlagen zuschreiben verdanken widmen zusichern garantieren " +
    "liefern vorlegen vorstellen präsentieren verleihen verweigern entziehen wegnehmen rauben stehlen " +
    "zuweisen zuteilen beiwohnen angehören beitreten zukommen zustehen bevorstehen gegenüberstehen " +
    "entgegenkommen nachkommen nahekommen trauen weichen zusagen absagen übermitteln " +
    "zurufen zuflüstern nähern anschließen"
  ).split(" "),
);

/** The verb takes a dative object ("sagte der Zeitung", "wohnte der Feier bei", "hilft der Frau"). */
export function takesDativeArgument(verbLemma: string): boolean {
  return DATIVE_OBJECT_VERBS.has(verbLemma) || takesDativeObject(verbLemma);
}

/**
 * Verbs whose object is a genitive ("wurde des Mordes angeklagt", "bedarf der Zustimmung",
 * "gedachte der Opfer", "enthielt sich der Stimme", "bediente sich der Hilfe").
 */
const GENITIVE_VERBS = new Set(
  "anklagen beschuldigen bezichtigen verdächtigen überführen berauben entheben entbinden bedürfen gedenken harren".split(
    " ",
  ),
);
/** Reflexive verbs with a genitive object: only with sich ("enthält sich der Stimme", but "enthält Zucker"). */
const REFLEXIVE_GENITIVE_VERBS = new Set(
  "bedienen bemächtigen enthalten erfreuen rühmen schämen vergewissern annehmen entsinnen entledigen".split(" "),
);

/**
 * Adjectives with a genitive object ("sich der Gefahr bewusst", "der Tat schuldig", "des Lesens
 * kundig", "des Wartens überdrüssig").
 */
const GENITIVE_ADJECTIVES = new Set(
  "bewusst schuldig fähig würdig unwürdig kundig mächtig überdrüssig verdächtig gewiss eingedenk teilhaftig".split(" "),
);

/** The verb or adjective governs a genitive object; `reflexive`: its clause has a reflexive pronoun. */
export function takesGenitiveObject(lemma: string, pos: string, reflexive: boolean): boolean {
  if (pos === "ADJ") return GENITIVE_ADJECTIVES.has(lemma);
  return GENITIVE_VERBS.has(lemma) || (reflexive && REFLEXIVE_GENITIVE_VERBS.has(lemma));
}
