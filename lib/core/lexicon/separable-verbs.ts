/**
 * Particles of German separable verbs ("nimmt … an" → annehmen). A token
 * only counts as a particle when particle + verb lemma is a verb that the
 * inflection tables mark as separable, so this list may be generous.
 */
export const SEPARABLE_PARTICLES: ReadonlySet<string> = new Set([
  "ab", "an", "auf", "aus", "bei", "bekannt", "dar", "durch", "ein", "empor",
  "entgegen", "fest", "fort", "frei", "gegenüber", "heim", "her", "herab",
  "heran", "herauf", "heraus", "herbei", "herein", "herum", "herunter",
  "hervor", "hin", "hinab", "hinauf", "hinaus", "hinein", "hinzu", "hoch",
  "kennen", "klar", "kund", "los", "mit", "nach", "nieder", "offen", "preis",
  "statt", "teil", "übrig", "um", "vor", "voran", "voraus", "vorbei", "vorüber",
  "weg", "weiter", "wieder", "zu", "zurecht", "zurück", "zusammen", "zuvor",
  "stand", "still", "fehl", "dazu", "davon", "daran", "darauf", "entlang",
  "bevor", "fern", "bereit", "auseinander", "gerade", "da", "dabei", "näher",
  "nahe", "weh", "hinterher", "herüber", "hinüber", "einher", "kaputt", "tot",
  "wahr", "zugrunde", "zustande", "zutage", "überein", "umher", "wett", "voll",
]);
