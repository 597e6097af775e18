// Markdown → plain text for uploaded .md files: the reader shows prose, so
// markup (#, *, links, code fences, tables) is removed and its words kept.

// Escaped characters (\*) are parked in the Private Use Area while markup is removed, then restored.
const PARK = 0xe000;

function stripInline(line: string): string {
  return (
    line
      .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, (_m, c: string) => String.fromCharCode(PARK + c.charCodeAt(0)))
      // Images carry no prose worth reading; their alt text is usually a caption fragment.
      .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
      .replace(/!\[[^\]]*\]\[[^\]]*\]/g, "")
      // [text](url "title") and [text][ref] → text
      .replace(/\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)/g, "$1")
      .replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1")
      // <https://…> autolinks and inline HTML tags
      .replace(/<(?:https?|mailto):[^>]*>/gi, "")
      .replace(/<\/?[a-zA-Z][^>]*>/g, "")
      // `code` → code
      .replace(/`+([^`]*)`+/g, "$1")
      // **strong**, __strong__, *em*, _em_, ~~strike~~ (underscores only at word edges: snake_case stays)
      .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, "$2")
      .replace(/\*(?=\S)([^*]*?\S)\*/g, "$1")
      .replace(/(^|[^\p{L}\p{N}])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}])/gu, "$1$2")
      .replace(/~~(?=\S)([\s\S]*?\S)~~/g, "$1")
      .replace(/[\ue000-\ue07f]/g, (c) => String.fromCharCode(c.charCodeAt(0) - PARK))
  );
}

/**
 * Plain text of a Markdown document, paragraphs separated by blank lines.
 * Headings, list items and table rows become paragraphs of their own.
 *
 * @example
 * markdownToText("# Titel\n\nDas ist **fett** und [ein Link](https://x.de).");
 * // "Titel\n\nDas ist fett und ein Link."
 */
export function markdownToText(markdown: string): string {
  const lines = markdown.replace(/\r\n?/g, "\n").split("\n");
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = () => {
    const p = current.join(" ").replace(/\s+/g, " ").trim();
    if (p) paragraphs.push(p);
    current = [];
  };

  let i = 0;
  // YAML front matter (--- … ---) at the very top is metadata.
  if (lines[0]?.trim() === "---") {
    const end = lines.findIndex((l, n) => n > 0 && /^(---|\.\.\.)\s*$/.test(l));
    if (end > 0) i = end + 1;
  }
  let fence: string | null = null;
  for (; i < lines.length; i++) {
    const raw = lines[i]!;
    const fenceMatch = /^\s*(```|~~~)/.exec(raw);
    if (fence) {
      if (fenceMatch && fenceMatch[1] === fence) fence = null;
      continue;
    }
    if (fenceMatch) {
      // Code is not prose to read.
      flush();
      fence = fenceMatch[1]!;
      continue;
    }
    const line = raw.trim();
    if (!line) {
      flush();
      continue;
    }
    // Reference definitions ([id]: url), horizontal rules and table separators.
    if (
      /^\[[^\]]+\]:\s*\S+/.test(line) ||
      /^([-*_])(\s*\1){2,}$/.test(line) ||
      /^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$/.test(line)
    ) {
      flush();
      continue;
    }
    // Setext underlines (=== / ---) end the heading line above.
    if (/^(=+|-+)$/.test(line)) {
      flush();
      continue;
    }
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      flush();
      current.push(stripInline(heading[1]!));
      flush();
      continue;
    }
    let body = line.replace(/^(>\s?)+/, "");
    const listItem = /^(?:[-*+]|\d{1,9}[.)])\s+(.*)$/.exec(body);
    if (listItem) {
      flush();
      body = listItem[1]!.replace(/^\[[ xX]\]\s+/, "");
    }
    const isTableRow = body.startsWith("|");
    if (isTableRow) {
      flush();
      body = body
        .replace(/^\||\|$/g, "")
        .split("|")
        .map((cell) => cell.trim())
        .filter(Boolean)
        .join(" · ");
    }
    current.push(stripInline(body));
    if (listItem || isTableRow) flush();
  }
  flush();
  return paragraphs.join("\n\n");
}
