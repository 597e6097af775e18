// WordStatus.status column (Int) ↔ core WordStatus.
import type { WordStatus } from "@/lib/core/srs/status";
import { WORD_STATUS as STATUS_CODE } from "@/lib/core/words/status";

export function toStatusCode(status: WordStatus): number {
  if (status === "new") return STATUS_CODE.new;
  if (status === "known") return STATUS_CODE.known;
  if (status === "ignored") return STATUS_CODE.ignored;
  return status;
}

export function fromStatusCode(code: number): WordStatus {
  switch (code) {
    case 1:
    case 2:
    case 3:
    case 4:
      return code;
    case STATUS_CODE.known:
      return "known";
    case STATUS_CODE.ignored:
      return "ignored";
    default:
      return "new";
  }
}
