// Application errors with generic codes; route handlers and actions map them
// to HTTP statuses and messages in one place (toHttpStatus).
export type AppErrorCode = "UNAUTHORIZED" | "NOT_FOUND" | "INVALID_INPUT" | "CONFLICT" | "TOO_LARGE" | "RATE_LIMITED";

const STATUS: Record<AppErrorCode, number> = {
  UNAUTHORIZED: 401,
  NOT_FOUND: 404,
  INVALID_INPUT: 400,
  CONFLICT: 409,
  TOO_LARGE: 413,
  RATE_LIMITED: 429,
};

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export function toHttpStatus(code: AppErrorCode): number {
  return STATUS[code];
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** The one place "you may not see this" is phrased: foreign and unknown ids look the same. */
export function notFoundError(what = "That item"): AppError {
  return new AppError("NOT_FOUND", `${what} was not found.`);
}
