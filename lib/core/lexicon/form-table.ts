/**
 * An open-addressing hash table from inflected form to lexeme ids, stored
 * as one string of forms plus one Int32Array, so that loading it is a file
 * read instead of building a Map of ~800k entries (which cost > 1 s and
 * ~300 MB when tried).
 *
 * Layout of the Int32Array: [slotCount, formCount, slots…(slotCount),
 * formStart…(formCount + 1), idStart…(formCount + 1), ids…]. A slot holds
 * record index + 1, 0 when empty. Forms are joined with "\n" in `text`.
 */

/** FNV-1a over UTF-16 code units. */
function hashOf(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export interface FormTable {
  text: string;
  data: Int32Array;
}

/**
 * Serialises a form map into the table layout.
 *
 * @example
 * const table = encodeFormTable(new Map([["lud", [3]]]));
 * lookupFormTable(table, "lud"); // [3]
 */
export function encodeFormTable(forms: Map<string, number[]>): FormTable {
  const keys = [...forms.keys()];
  const n = keys.length;
  let slotCount = 1;
  while (slotCount < n * 2) slotCount <<= 1;
  let idCount = 0;
  for (const ids of forms.values()) idCount += ids.length;
  const data = new Int32Array(2 + slotCount + 2 * (n + 1) + idCount);
  data[0] = slotCount;
  data[1] = n;
  const slots = 2;
  const formStart = slots + slotCount;
  const idStart = formStart + n + 1;
  const idBase = idStart + n + 1;
  let textPos = 0;
  let idPos = 0;
  keys.forEach((key, i) => {
    data[formStart + i] = textPos;
    textPos += key.length + 1;
    data[idStart + i] = idPos;
    for (const id of forms.get(key) ?? []) data[idBase + idPos++] = id;
    let slot = hashOf(key) & (slotCount - 1);
    while (data[slots + slot] !== 0) slot = (slot + 1) & (slotCount - 1);
    data[slots + slot] = i + 1;
  });
  data[formStart + n] = textPos;
  data[idStart + n] = idPos;
  return { text: keys.join("\n") + "\n", data };
}

const NONE: readonly number[] = Object.freeze([]);

/** Lexeme ids of `form`, or an empty array. */
export function lookupFormTable(table: FormTable, form: string): readonly number[] {
  const { data, text } = table;
  const slotCount = data[0] ?? 0;
  const n = data[1] ?? 0;
  if (slotCount === 0) return NONE;
  const formStart = 2 + slotCount;
  const idStart = formStart + n + 1;
  const idBase = idStart + n + 1;
  let slot = hashOf(form) & (slotCount - 1);
  for (;;) {
    const rec = data[2 + slot] ?? 0;
    if (rec === 0) return NONE;
    const i = rec - 1;
    const start = data[formStart + i] ?? 0;
    const end = (data[formStart + i + 1] ?? 0) - 1;
    if (end - start === form.length && text.startsWith(form, start)) {
      const a = data[idStart + i] ?? 0;
      const b = data[idStart + i + 1] ?? 0;
      const ids: number[] = [];
      for (let k = a; k < b; k++) ids.push(data[idBase + k] ?? 0);
      return ids;
    }
    slot = (slot + 1) & (slotCount - 1);
  }
}
