/**
 * The reader's record of look-ups between two reports to the server: it
 * watches tooltips and panel openings, keeps the ones {@link isLookup} counts
 * (once per word for the log's lifetime: one visit of a text), and hands them
 * over in a batch. Time comes in as milliseconds from the caller's clock, so
 * the log is plain data and tested without a browser.
 */
import { isLookup, type LookupSignal } from "./figure-definitions";

/** One counted look-up as the reader reports it (the server checks it again with isLookup). */
export type LookupReport = { lexemeId: string } & LookupSignal;

interface OpenHover {
  lexemeId: string;
  since: number;
  changedStatus: boolean;
}

interface OpenPanel {
  lexemeId: string;
  since: number;
  changedStatus: boolean;
  usedPanel: boolean;
}

export class LookupLog {
  private readonly counted = new Set<string>();
  private pending: LookupReport[] = [];
  private hover: OpenHover | null = null;
  private panel: OpenPanel | null = null;

  /** A tooltip appeared on a word (mouse or keyboard focus); the same word again continues it. */
  hoverStart(lexemeId: string | undefined, now: number): void {
    if (this.hover?.lexemeId === lexemeId) return;
    this.hoverEnd(now);
    // The open panel speaks for its own word: hovering it again is not a second look-up.
    if (!lexemeId || this.panel?.lexemeId === lexemeId) return;
    this.hover = { lexemeId, since: now, changedStatus: false };
  }

  hoverEnd(now: number): void {
    const hover = this.hover;
    if (!hover) return;
    this.hover = null;
    this.consider(hover.lexemeId, {
      kind: "hover",
      durationMs: now - hover.since,
      changedStatus: hover.changedStatus,
    });
  }

  /** The dictionary panel opened on a word: the tooltip that led there is now the panel's signal. */
  panelOpen(lexemeId: string | undefined, now: number): void {
    if (this.panel?.lexemeId === lexemeId) return;
    this.panelClose(now);
    if (this.hover?.lexemeId === lexemeId) this.hover = null;
    if (lexemeId) this.panel = { lexemeId, since: now, changedStatus: false, usedPanel: false };
  }

  panelClose(now: number): void {
    const panel = this.panel;
    if (!panel) return;
    this.panel = null;
    this.consider(panel.lexemeId, {
      kind: "panel",
      durationMs: now - panel.since,
      changedStatus: panel.changedStatus,
      usedPanel: panel.usedPanel,
    });
  }

  /** The learner set the word's status (panel button or key). */
  noteStatusChange(lexemeId: string): void {
    if (this.panel?.lexemeId === lexemeId) this.panel.changedStatus = true;
    if (this.hover?.lexemeId === lexemeId) this.hover.changedStatus = true;
  }

  /** The learner used the panel for more than a status: a card, a meaning, the translation, read-aloud. */
  notePanelUse(lexemeId: string): void {
    if (this.panel?.lexemeId === lexemeId) this.panel.usedPanel = true;
  }

  /**
   * The look-ups counted since the last call. With `endOpen` (the page is
   * being hidden or left) the open tooltip and panel are judged now, as if
   * they had closed.
   */
  drain(now: number, endOpen = false): LookupReport[] {
    if (endOpen) {
      this.hoverEnd(now);
      this.panelClose(now);
    }
    const batch = this.pending;
    this.pending = [];
    return batch;
  }

  /** A batch the server did not take (offline): sent again with the next one. */
  restore(batch: readonly LookupReport[]): void {
    this.pending = [...batch, ...this.pending];
  }

  private consider(lexemeId: string, signal: LookupSignal): void {
    if (this.counted.has(lexemeId) || !isLookup(signal)) return;
    this.counted.add(lexemeId);
    this.pending.push({ lexemeId, ...signal });
  }
}
