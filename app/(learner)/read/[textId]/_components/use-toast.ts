"use client";
// The reader's one message line: "ok" messages fade after 3.5 s, errors stay 8 s.
import { useCallback, useEffect, useState } from "react";

export interface ToastMessage {
  kind: "ok" | "error";
  text: string;
}

export function useToast() {
  const [message, setMessage] = useState<ToastMessage | null>(null);
  const flash = useCallback((kind: ToastMessage["kind"], text: string) => setMessage({ kind, text }), []);
  useEffect(() => {
    if (!message) return;
    const timer = window.setTimeout(() => setMessage(null), message.kind === "ok" ? 3500 : 8000);
    return () => window.clearTimeout(timer);
  }, [message]);
  return { message, flash };
}
