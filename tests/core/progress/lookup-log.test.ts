// Issue 18: "words looked up" counted every panel opening (marking a word known included) and never a hover.
import { describe, expect, it } from "vitest";
import { HOVER_LOOKUP_MIN_MS } from "@/lib/core/progress/figure-definitions";
import { LookupLog } from "@/lib/core/progress/lookup-log";

const LONG = HOVER_LOOKUP_MIN_MS;
const ids = (log: LookupLog, now: number, endOpen = false) =>
  log.drain(now, endOpen).map((r) => `${r.kind}:${r.lexemeId}`);

describe("LookupLog", () => {
  it("counts a tooltip that stayed long enough to read, not the mouse passing over words", () => {
    const log = new LookupLog();
    log.hoverStart("a", 0);
    log.hoverStart("b", 100); // a: 100 ms, passed over
    log.hoverEnd(100 + LONG); // b: read
    expect(ids(log, 5000)).toEqual(["hover:b"]);
  });

  it("keeps a tooltip going when the same word is hovered and then focused", () => {
    const log = new LookupLog();
    log.hoverStart("a", 0);
    log.hoverStart("a", LONG - 10); // focus after the mouse: the same tooltip
    log.hoverEnd(LONG);
    expect(ids(log, LONG)).toEqual(["hover:a"]);
  });

  it("does not count opening the panel only to mark the word known, even after a long tooltip", () => {
    const log = new LookupLog();
    log.hoverStart("a", 0);
    log.panelOpen("a", 3 * LONG); // the click that opened the panel: the tooltip becomes the panel's signal
    log.noteStatusChange("a");
    log.hoverEnd(6 * LONG); // the focus leaves the word for the Known button
    log.panelClose(8 * LONG);
    expect(ids(log, 9 * LONG)).toEqual([]);
  });

  it("counts a panel read for a while, and one used for a card however short", () => {
    const log = new LookupLog();
    log.panelOpen("a", 0);
    log.panelOpen("b", LONG); // a read for LONG ms; switching words closes it
    log.notePanelUse("b");
    log.noteStatusChange("b");
    log.panelClose(LONG + 50);
    log.panelOpen("c", 2 * LONG);
    log.panelClose(2 * LONG + 50); // closed at once
    expect(ids(log, 3 * LONG)).toEqual(["panel:a", "panel:b"]);
  });

  it("does not count a focused word marked with a key, however long its tooltip showed", () => {
    const log = new LookupLog();
    log.hoverStart("a", 0);
    log.noteStatusChange("a");
    log.hoverEnd(10 * LONG);
    expect(ids(log, 10 * LONG)).toEqual([]);
  });

  it("ignores hovering the word whose panel is open", () => {
    const log = new LookupLog();
    log.panelOpen("a", 0);
    log.noteStatusChange("a");
    log.hoverStart("a", 10);
    log.hoverEnd(10 * LONG);
    log.panelClose(10 * LONG);
    expect(ids(log, 10 * LONG)).toEqual([]);
  });

  it("counts a word once per visit and hands each look-up over once", () => {
    const log = new LookupLog();
    log.hoverStart("a", 0);
    log.hoverEnd(LONG);
    log.hoverStart("a", 2 * LONG);
    log.hoverEnd(4 * LONG);
    log.panelOpen("a", 5 * LONG);
    log.panelClose(7 * LONG);
    expect(ids(log, 8 * LONG)).toEqual(["hover:a"]);
    expect(ids(log, 9 * LONG)).toEqual([]);
  });

  it("judges the open tooltip and panel only when the page is left", () => {
    const log = new LookupLog();
    log.panelOpen("a", 0);
    log.hoverStart("b", 0);
    expect(ids(log, 5 * LONG)).toEqual([]);
    expect(ids(log, 5 * LONG, true)).toEqual(["hover:b", "panel:a"]);
  });

  it("sends a batch the server did not take again with the next one", () => {
    const log = new LookupLog();
    log.hoverStart("a", 0);
    log.hoverEnd(LONG);
    const lost = log.drain(LONG);
    log.hoverStart("b", 2 * LONG);
    log.hoverEnd(3 * LONG);
    log.restore(lost);
    expect(ids(log, 4 * LONG)).toEqual(["hover:a", "hover:b"]);
  });

  it("reports durations and flags for the server to judge again", () => {
    const log = new LookupLog();
    log.panelOpen("a", 100);
    log.notePanelUse("a");
    log.panelClose(400);
    expect(log.drain(500)).toEqual([
      { lexemeId: "a", kind: "panel", durationMs: 300, changedStatus: false, usedPanel: true },
    ]);
  });
});
