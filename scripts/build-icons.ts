/**
 * CLI: `npm run icons` – renders public/icon.svg (the one drawing of the app's
 * icon) into the PNG sizes the web app manifest and iOS ask for, a maskable
 * variant with the safe-zone margin, and favicon.ico, using the same Chromium
 * as the browser tests. The outputs are committed; rerun after editing the SVG.
 */
import fs from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";

const publicDir = path.join(process.cwd(), "public");
const svg = fs.readFileSync(path.join(publicDir, "icon.svg"), "utf8");

/** Maskable icons are cropped to a circle of 80 % of the size: full-bleed background, drawing shrunk to fit. */
function maskable(source: string): string {
  const inner = source.replace(/<svg[^>]*>/, "").replace(/<\/svg>\s*$/, "");
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><rect width="512" height="512" fill="#1f5fae"/><g transform="translate(64 64) scale(0.75)">${inner}</g></svg>`;
}

/** An .ico holding PNG images (supported by every browser that still asks for /favicon.ico). */
function toIco(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map((i) => i.png)]);
}

async function main() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu"],
  });
  const page = await browser.newPage();
  await page.emulateMedia({ colorScheme: "light" });
  const render = async (source: string, size: number) => {
    await page.setViewportSize({ width: size, height: size });
    const sized = source.replace("<svg ", `<svg width="${size}" height="${size}" `);
    await page.setContent(`<!doctype html><body style="margin:0;background:transparent">${sized}</body>`);
    return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  };
  const outputs: [string, Buffer][] = [
    ["icons/icon-192.png", await render(svg, 192)],
    ["icons/icon-512.png", await render(svg, 512)],
    ["icons/icon-maskable-512.png", await render(maskable(svg), 512)],
    // iOS draws its own rounded corners and shows transparency as black: the maskable, full-bleed variant.
    ["apple-touch-icon.png", await render(maskable(svg), 180)],
    [
      "favicon.ico",
      toIco([
        { size: 16, png: await render(svg, 16) },
        { size: 32, png: await render(svg, 32) },
        { size: 48, png: await render(svg, 48) },
      ]),
    ],
  ];
  await browser.close();
  for (const [file, bytes] of outputs) {
    fs.writeFileSync(path.join(publicDir, file), bytes);
    console.log(`public/${file}: ${bytes.length} bytes`);
  }
}

void main();
