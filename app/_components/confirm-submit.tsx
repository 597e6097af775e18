"use client";
// A destructive form button that asks once, in place: the first press arms it
// ("Withdraw?" with Cancel), the second submits. Keyboard focus moves to the
// confirming button; Escape or Cancel disarms it.
import { useState } from "react";

export function ConfirmSubmit({
  label,
  confirmLabel,
  description,
}: {
  label: string;
  confirmLabel: string;
  description: string;
}) {
  const [isArmed, setIsArmed] = useState(false);
  if (!isArmed) {
    return (
      <button type="button" className="btn-link small" aria-label={description} onClick={() => setIsArmed(true)}>
        {label}
      </button>
    );
  }
  return (
    <span
      className="confirm-inline"
      role="group"
      aria-label={description}
      onKeyDown={(e) => e.key === "Escape" && setIsArmed(false)}
    >
      <button type="submit" className="btn-link small danger-link" autoFocus>
        {confirmLabel}
      </button>
      <button type="button" className="btn-link small" onClick={() => setIsArmed(false)}>
        Cancel
      </button>
    </span>
  );
}
