// The real lexicon for tests/core: lib/core takes it as data, and reading it from the disk cache
// is the server's job (lib/server/lexicon/lexicon-cache.ts). One copy per test file.
import type { Lexicon } from "@/lib/core/lexicon/index";
import { loadLexicon as loadFromCache } from "@/lib/server/lexicon/lexicon-cache";

let lexicon: Lexicon | undefined;

export function loadLexicon(): Lexicon {
  lexicon ??= loadFromCache();
  return lexicon;
}
