"use client";
// Look-ups as the learner makes them (a tooltip read, a panel used), kept in
// memory and sent with the next progress heartbeat: hovering never makes a request.
import { useMemo } from "react";
import { LookupLog } from "@/lib/core/progress/lookup-log";

export interface ReaderLookups {
  log: LookupLog;
  hoverStart(lexemeId: string | undefined): void;
  hoverEnd(): void;
  panelOpen(lexemeId: string | undefined): void;
  panelClose(): void;
  noteStatusChange(lexemeId: string | undefined): void;
  notePanelUse(lexemeId: string | undefined): void;
}

export function useLookupLog(): ReaderLookups {
  return useMemo(() => {
    const log = new LookupLog();
    const now = () => performance.now();
    return {
      log,
      hoverStart: (lexemeId) => log.hoverStart(lexemeId, now()),
      hoverEnd: () => log.hoverEnd(now()),
      panelOpen: (lexemeId) => log.panelOpen(lexemeId, now()),
      panelClose: () => log.panelClose(now()),
      noteStatusChange: (lexemeId) => lexemeId && log.noteStatusChange(lexemeId),
      notePanelUse: (lexemeId) => lexemeId && log.notePanelUse(lexemeId),
    };
  }, []);
}
