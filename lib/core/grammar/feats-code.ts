/**
 * `feats` in a few characters for the reader payload: positional fields
 * (Case|Gender|Number|Person|Tense|Mood|VerbForm|Degree), one letter per
 * value, several letters for an ambiguous feature, trailing empty fields
 * dropped. {Case: "Acc", Gender: "Fem", Number: "Sing"} → "A|f|s".
 */

const FIELDS: [string, Record<string, string>][] = [
  ["Case", { Nom: "N", Acc: "A", Dat: "D", Gen: "G" }],
  ["Gender", { Masc: "m", Fem: "f", Neut: "n" }],
  ["Number", { Sing: "s", Plur: "p" }],
  ["Person", { "1": "1", "2": "2", "3": "3" }],
  ["Tense", { Pres: "r", Past: "t" }],
  ["Mood", { Ind: "i", Sub: "s", Imp: "m" }],
  ["VerbForm", { Fin: "F", Inf: "I", Part: "P" }],
  ["Degree", { Pos: "o", Cmp: "c", Sup: "u" }],
];
const DECODE = FIELDS.map(([, values]) => new Map(Object.entries(values).map(([v, code]) => [code, v])));

/**
 * @example
 * encodeFeats({ Case: "Nom,Acc", Gender: "Fem", Number: "Sing" }); // "NA|f|s"
 */
export function encodeFeats(feats: Record<string, string> | undefined): string | undefined {
  if (!feats) return undefined;
  const fields = FIELDS.map(([name, values]) =>
    (feats[name] ?? "")
      .split(",")
      .map((v) => values[v] ?? "")
      .join(""),
  );
  while (fields.length > 0 && fields[fields.length - 1] === "") fields.pop();
  return fields.length > 0 ? fields.join("|") : undefined;
}

/**
 * @example
 * decodeFeats("NA|f|s"); // { Case: "Nom,Acc", Gender: "Fem", Number: "Sing" }
 */
export function decodeFeats(code: string): Record<string, string> {
  const feats: Record<string, string> = {};
  code.split("|").forEach((field, i) => {
    const values = [...field].map((c) => DECODE[i]?.get(c)).filter((v): v is string => v !== undefined);
    if (values.length > 0) feats[FIELDS[i]![0]] = values.join(",");
  });
  return feats;
}
