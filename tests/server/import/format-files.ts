// Real EPUB, PDF and subtitle files for the import tests, made here (fflate
// zips, pdf-lib PDFs) — good ones and hostile ones.
import zlib from "node:zlib";
import { strToU8, zipSync, type Zippable } from "fflate";
import { PDFDocument, StandardFonts } from "pdf-lib";

export const CHAPTER_ONE = [
  "Der Hund schläft im Garten.",
  "Am Morgen trinkt meine Schwester gern einen Kaffee mit Milch.",
  "Wir fahren im Sommer mit dem Zug an die Ostsee.",
];
export const CHAPTER_TWO = [
  "Im Herbst fallen die Blätter von den Bäumen.",
  "Die Kinder spielen nach der Schule auf der Straße.",
  "Mein Bruder liest jeden Abend ein Buch über die Geschichte der Stadt.",
];

const xhtml = (title: string, body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"><head><title>${title}</title></head><body>${body}</body></html>`;

/** A one-pixel PNG (real: signature, IHDR, IDAT, IEND with CRCs). */
export function tinyPng(): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  const idat = zlib.deflateSync(Buffer.from([0, 200, 30, 30]));
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
      chunk("IHDR", ihdr),
      chunk("IDAT", idat),
      chunk("IEND", Buffer.alloc(0)),
    ]),
  );
}

function zipEpub(files: Record<string, string | Uint8Array>): Uint8Array {
  const entries: Zippable = { mimetype: [strToU8("application/epub+zip"), { level: 0 }] };
  for (const [name, content] of Object.entries(files))
    entries[name] = typeof content === "string" ? strToU8(content) : content;
  return zipSync(entries);
}

const CONTAINER = `<?xml version="1.0"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>`;

const opf3 = (extraManifest = "", metadataExtra = "") => `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:identifier id="id">urn:uuid:1</dc:identifier>
    <dc:title>Die Reise</dc:title>
    <dc:creator>Anna Schmidt</dc:creator>
    <dc:language>de</dc:language>${metadataExtra}
  </metadata>
  <manifest>
    <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
    <item id="cover" href="text/cover.xhtml" media-type="application/xhtml+xml"/>
    <item id="c1" href="text/kapitel1.xhtml" media-type="application/xhtml+xml"/>
    <item id="c2" href="text/kapitel%202.xhtml" media-type="application/xhtml+xml"/>
    <item id="notes" href="text/notes.xhtml" media-type="application/xhtml+xml"/>
    <item id="img" href="images/bild.png" media-type="image/png"/>${extraManifest}
  </manifest>
  <spine>
    <itemref idref="cover"/>
    <itemref idref="c1"/>
    <itemref idref="c2"/>
    <itemref idref="notes" linear="no"/>
  </spine>
</package>`;

const EPUB3_FILES = (): Record<string, string | Uint8Array> => ({
  "META-INF/container.xml": CONTAINER,
  "OEBPS/content.opf": opf3(),
  "OEBPS/nav.xhtml": xhtml(
    "Inhalt",
    `<nav epub:type="toc"><h1>Inhalt</h1><ol><li><a href="text/kapitel1.xhtml">Erstes Kapitel</a></li><li><a href="text/kapitel%202.xhtml#start">Zweites Kapitel</a></li></ol></nav>`,
  ),
  "OEBPS/text/cover.xhtml": xhtml("Cover", `<div><img src="../images/bild.png" alt="Umschlag"/></div>`),
  "OEBPS/text/kapitel1.xhtml": xhtml(
    "Kapitel 1",
    `<section epub:type="chapter"><h1>Erstes Kapitel</h1><p>${CHAPTER_ONE[0]}<a epub:type="noteref" href="notes.xhtml#n1"><sup>1</sup></a> ${CHAPTER_ONE[1]}</p>` +
      `<figure><img src="../images/bild.png" alt="Ein Hund"/><figcaption>Abbildung eins zeigt den Hund.</figcaption></figure>` +
      `<p>${CHAPTER_ONE[2]}</p><aside epub:type="footnote" id="n1"><p>Fußnote: Der Hund heißt Bello.</p></aside></section>`,
  ),
  "OEBPS/text/kapitel 2.xhtml": xhtml(
    "Kapitel 2",
    `<h2 id="start">Zweites Kapitel</h2><p>${CHAPTER_TWO[0]} ${CHAPTER_TWO[1]}</p><p>${CHAPTER_TWO[2]}</p>`,
  ),
  "OEBPS/text/notes.xhtml": xhtml("Anmerkungen", `<p>Anmerkungen des Herausgebers stehen am Ende.</p>`),
  "OEBPS/images/bild.png": tinyPng(),
});

/** EPUB 3: nav document, two chapters (one with a picture, a figure and a footnote), a cover picture, a non-linear notes file. */
export function epub3(): Uint8Array {
  return zipEpub(EPUB3_FILES());
}

/** EPUB 2: an NCX table of contents, no nav document. */
export function epub2(): Uint8Array {
  return zipEpub({
    "META-INF/container.xml": CONTAINER,
    "OEBPS/content.opf": `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="2.0" unique-identifier="id">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:opf="http://www.idpf.org/2007/opf">
    <dc:title>Herbst in der Stadt</dc:title><dc:creator opf:role="aut">Max Müller</dc:creator><dc:language>de</dc:language>
    <dc:identifier id="id">urn:isbn:123</dc:identifier>
  </metadata>
  <manifest>
    <item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>
    <item id="a" href="a.html" media-type="application/xhtml+xml"/>
    <item id="b" href="b.html" media-type="application/xhtml+xml"/>
  </manifest>
  <spine toc="ncx"><itemref idref="a"/><itemref idref="b"/></spine>
</package>`,
    "OEBPS/toc.ncx": `<?xml version="1.0" encoding="UTF-8"?>
<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1"><head/><docTitle><text>Herbst</text></docTitle>
<navMap>
  <navPoint id="p1" playOrder="1"><navLabel><text>Der Morgen</text></navLabel><content src="a.html"/></navPoint>
  <navPoint id="p2" playOrder="2"><navLabel><text>Der Abend</text></navLabel><content src="b.html"/></navPoint>
</navMap></ncx>`,
    "OEBPS/a.html": xhtml("A", `<p>${CHAPTER_ONE.join(" ")}</p>`),
    "OEBPS/b.html": xhtml("B", `<p>${CHAPTER_TWO.join(" ")}</p>`),
  });
}

/** Sets the uncompressed size an entry claims, in its local header and in the central directory (a lying archive). */
export function claimSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer);
  const target = Buffer.from(name, "utf8");
  for (let at = 0; at + 46 < out.length; at++) {
    const signature = view.getUint32(at, true);
    const isLocal = signature === 0x04034b50;
    const isCentral = signature === 0x02014b50;
    if (!isLocal && !isCentral) continue;
    const nameLength = view.getUint16(at + (isLocal ? 26 : 28), true);
    const nameAt = at + (isLocal ? 30 : 46);
    if (!Buffer.from(out.subarray(nameAt, nameAt + nameLength)).equals(target)) continue;
    view.setUint32(at + (isLocal ? 22 : 24), size, true);
  }
  return out;
}

/** A chapter of 12 MB of spaces (packs to ~12 kB): honest about its size, or claiming `claimed` bytes. */
export function epubBomb(claimed?: number): Uint8Array {
  const files = EPUB3_FILES();
  const bomb = new Uint8Array(12 * 1024 * 1024).fill(0x20);
  const head = strToU8(xhtml("Bombe", "<p>"));
  bomb.set(head, 0);
  files["OEBPS/text/kapitel1.xhtml"] = bomb;
  const zip = zipEpub(files);
  return claimed === undefined ? zip : claimSize(zip, "OEBPS/text/kapitel1.xhtml", claimed);
}

/** A well-formed EPUB whose chapter claims to unpack to 500 MB. */
export function epubClaiming500Mb(): Uint8Array {
  return claimSize(epub3(), "OEBPS/text/kapitel1.xhtml", 500 * 1024 * 1024);
}

/** An entry named "../../evil.xhtml" in the archive. */
export function epubWithTraversalEntry(): Uint8Array {
  return zipEpub({ ...EPUB3_FILES(), "../../evil.xhtml": xhtml("Böse", "<p>Hier nicht.</p>") });
}

/** A manifest item whose href climbs out of the book. */
export function epubWithTraversalHref(): Uint8Array {
  return zipEpub({
    ...EPUB3_FILES(),
    "OEBPS/content.opf": opf3(`\n    <item id="evil" href="../../../etc/passwd" media-type="application/xhtml+xml"/>`),
  });
}

/** The package file is not well-formed XML. */
export function epubWithMalformedOpf(): Uint8Array {
  return zipEpub({
    ...EPUB3_FILES(),
    "OEBPS/content.opf": opf3().replace("</metadata>", "</metadata").replace("<spine>", "<spine><itemref idref='c1'>"),
  });
}

/** Encrypted with AES (as a shop's DRM would): refused. */
export function epubWithDrm(): Uint8Array {
  return zipEpub({
    ...EPUB3_FILES(),
    "META-INF/encryption.xml": `<?xml version="1.0"?>
<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" xmlns:enc="http://www.w3.org/2001/04/xmlenc#">
  <enc:EncryptedData><enc:EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes128-cbc"/>
    <enc:CipherData><enc:CipherReference URI="OEBPS/text/kapitel1.xhtml"/></enc:CipherData></enc:EncryptedData>
</encryption>`,
  });
}

/** Only the fonts are obfuscated (IDPF font mangling): not DRM, imported. */
export function epubWithObfuscatedFont(): Uint8Array {
  return zipEpub({
    ...EPUB3_FILES(),
    "OEBPS/fonts/a.otf": new Uint8Array([1, 2, 3, 4]),
    "META-INF/encryption.xml": `<?xml version="1.0"?>
<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" xmlns:enc="http://www.w3.org/2001/04/xmlenc#">
  <enc:EncryptedData><enc:EncryptionMethod Algorithm="http://www.idpf.org/2008/embedding"/>
    <enc:CipherData><enc:CipherReference URI="OEBPS/fonts/a.otf"/></enc:CipherData></enc:EncryptedData>
</encryption>`,
  });
}

/**
 * A one-page PDF with a real text layer (Helvetica), laid out as a typesetter
 * would: lines 16 pt apart, paragraphs 32 pt apart, "Ein-/ladung" hyphenated
 * at a line end and "Nord-/Süd-Verbindung" broken at its own hyphen.
 */
export async function textPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle("Die Einladung");
  doc.setAuthor("Clara Weber");
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595, 842]);
  const paragraphs = [
    ["Am Montag kam die Ein-", "ladung zum Sommerfest. Der Hund", "schläft im Garten."],
    [
      "Wir fahren im Sommer mit der neuen Nord-",
      "Süd-Verbindung an die Ostsee. Meine",
      "Schwester trinkt gern Kaffee mit Milch.",
    ],
  ];
  let y = 780;
  for (const lines of paragraphs) {
    for (const line of lines) {
      page.drawText(line, { x: 56, y, size: 12, font });
      y -= 16;
    }
    y -= 16;
  }
  page.drawText("1", { x: 290, y: 40, size: 10, font });
  return doc.save();
}

/** A PDF with a picture and no text layer: a scan. */
export async function imageOnlyPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const image = await doc.embedPng(tinyPng());
  const page = doc.addPage([595, 842]);
  page.drawImage(image, { x: 0, y: 0, width: 595, height: 842 });
  return doc.save();
}

/** Overlapping cues: the second starts before the first ends. */
export const SRT = `1
00:00:01,000 --> 00:00:04,000
Der Hund schläft im Garten. Am Morgen

2
00:00:03,500 --> 00:00:07,000
trinkt meine Schwester gern
einen Kaffee mit Milch.

3
00:00:07,200 --> 00:00:10,000
<i>Wir fahren im Sommer mit dem Zug an die Ostsee.</i>
`;

export const VTT = `WEBVTT - Ein Tag

NOTE Überlappende Zeilen von zwei Sprechern

1
00:01.000 --> 00:04.000 align:start position:10%
<v Anna>Der Hund schläft im Garten.</v>

2
00:03.000 --> 00:06.500
<v Ben>Am Morgen trinkt meine Schwester &amp; mein Bruder gern Kaffee.</v>

00:06.000 --> 00:09.000
- Wir fahren im Sommer mit dem Zug an die Ostsee.
`;

/** A real PCM WAV file: `seconds` of a 440 Hz tone, 8 kHz mono 16-bit. */
export function toneWav(seconds: number): Uint8Array {
  const rate = 8000;
  const samples = Math.round(seconds * rate);
  const out = Buffer.alloc(44 + samples * 2);
  out.write("RIFF", 0, "ascii");
  out.writeUInt32LE(36 + samples * 2, 4);
  out.write("WAVEfmt ", 8, "ascii");
  out.writeUInt32LE(16, 16);
  out.writeUInt16LE(1, 20);
  out.writeUInt16LE(1, 22);
  out.writeUInt32LE(rate, 24);
  out.writeUInt32LE(rate * 2, 28);
  out.writeUInt16LE(2, 32);
  out.writeUInt16LE(16, 34);
  out.write("data", 36, "ascii");
  out.writeUInt32LE(samples * 2, 40);
  for (let i = 0; i < samples; i++)
    out.writeInt16LE(Math.round(8000 * Math.sin((2 * Math.PI * 440 * i) / rate)), 44 + i * 2);
  return new Uint8Array(out);
}
