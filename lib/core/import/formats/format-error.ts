/**
 * A file that cannot be imported, with the sentence the learner sees. Thrown
 * by the format readers in this folder; the server turns it into a field error
 * of the import form (or a failed import job) and creates nothing.
 */
export class ImportFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ImportFormatError";
  }
}

export function isImportFormatError(error: unknown): error is ImportFormatError {
  return error instanceof ImportFormatError;
}
