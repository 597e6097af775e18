"use client";
// The import form: posts to /api/import, then polls the job until the reader can open the text.
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { maxUploadBytesOf, uploadKindOf, type ImportJobView } from "@/lib/validation/import-request";
import { AUDIO_TYPES, MAX_AUDIO_MB, uploadTextAudio } from "./upload-text-audio";

type Mode = "paste" | "upload" | "url";
type FieldErrors = Partial<Record<string, string[]>>;

const POLL_MS = 500;
const FILE_TYPES =
  ".txt,.md,.markdown,.html,.htm,.epub,.pdf,.srt,.vtt,text/plain,text/markdown,text/html,application/epub+zip,application/pdf,text/vtt";
const MODES: { value: Mode; label: string }[] = [
  { value: "paste", label: "Paste" },
  { value: "upload", label: "Upload file" },
  { value: "url", label: "From a web address" },
];
// Where an error about the German text is shown, per mode.
const SOURCE_FIELD: Record<Mode, string> = { paste: "content", upload: "file", url: "url" };
const NOTHING_IMPORTED = "Nothing was imported. Correct the marked field and try again.";

function phaseText(job: ImportJobView): string {
  switch (job.phase) {
    case "fetching":
      return "Fetching the page…";
    case "reading":
      return "Reading the file…";
    case "analysing":
      return "Analysing…";
    case "saving":
      return `Saving sentences ${job.done.toLocaleString("en")} / ${job.total.toLocaleString("en")}`;
    case "done":
      return "Done — opening the reader…";
    default:
      return "Waiting to start…";
  }
}

function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="field-error" data-testid={id}>
      {errors.join(" ")}
    </p>
  );
}

export function ImportForm() {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [mode, setMode] = useState<Mode>("paste");
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [job, setJob] = useState<ImportJobView | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [isSending, setIsSending] = useState(false);
  // Audio goes up on its own request once the text exists.
  const pendingAudio = useRef<File | null>(null);
  const [audioState, setAudioState] = useState<{ textId: string; error: string | null } | null>(null);
  const isBusy = isSending || jobId !== null;

  useEffect(() => {
    if (!jobId) return;
    let isCancelled = false;
    let failures = 0;
    const poll = async () => {
      try {
        const response = await fetch(`/api/import/${encodeURIComponent(jobId)}`, { cache: "no-store" });
        if (!response.ok) throw new Error(`status ${response.status}`);
        const next = (await response.json()) as ImportJobView;
        if (isCancelled) return;
        failures = 0;
        setJob(next);
        if (next.status === "DONE" && next.textId) {
          const audio = pendingAudio.current;
          pendingAudio.current = null;
          let error: string | null = null;
          if (audio) {
            setAudioState({ textId: next.textId, error: null });
            error = await uploadTextAudio(next.textId, audio);
          }
          if (isCancelled) return;
          if (error) {
            setJobId(null);
            setAudioState({ textId: next.textId, error });
            return;
          }
          router.push(`/read/${encodeURIComponent(next.textId)}`);
          return;
        }
        if (next.status === "FAILED") {
          setJobId(null);
          // The job's errors are about the German text, wherever it came from (pasted, file, page).
          setFieldErrors({ [SOURCE_FIELD[mode]]: [next.error ?? "The import failed. Please try again."] });
          setFormError(NOTHING_IMPORTED);
          formRef.current?.querySelector<HTMLElement>(`[name="${SOURCE_FIELD[mode]}"]`)?.focus();
          return;
        }
      } catch (error) {
        console.error("import poll failed", error);
        if (++failures >= 10) {
          setJobId(null);
          setFormError("Lost contact with the server while importing. Check your library in a moment, or try again.");
          return;
        }
      }
      if (!isCancelled) timer = setTimeout(() => void poll(), POLL_MS);
    };
    let timer = setTimeout(() => void poll(), POLL_MS);
    return () => {
      isCancelled = true;
      clearTimeout(timer);
    };
  }, [jobId, mode, router]);

  function focusFirstError(errors: FieldErrors) {
    const first = ["title", SOURCE_FIELD[mode], "translation"].find((name) => errors[name]?.length);
    if (first) formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    setFormError(null);
    setJob(null);
    setAudioState(null);
    const audio = data.get("audio");
    data.delete("audio");
    pendingAudio.current = audio instanceof File && audio.size > 0 ? audio : null;

    // Checks the browser can make at once; the server repeats them.
    const local: FieldErrors = {};
    const file = data.get("file");
    if (mode === "paste" && !String(data.get("content") ?? "").trim())
      local.content = ["The text is empty. Paste a German text."];
    if (mode === "upload") {
      if (!(file instanceof File) || file.size === 0)
        local.file = [file instanceof File && file.name ? "The file is empty." : "Choose a file to upload."];
      else if (!uploadKindOf(file.name))
        local.file = ["This file type can't be imported. Upload a .txt, .md, .html, .epub, .pdf, .srt or .vtt file."];
      else if (file.size > maxUploadBytesOf(uploadKindOf(file.name)))
        local.file = [
          "The file is too large: e-books and PDFs may have up to 20 MB, other files 5 MB. Split the text into parts and upload them one by one.",
        ];
    }
    if (pendingAudio.current && pendingAudio.current.size > MAX_AUDIO_MB * 1024 * 1024)
      local.audio = [`The audio file is larger than ${MAX_AUDIO_MB} MB.`];
    if (mode === "url" && !String(data.get("url") ?? "").trim())
      local.url = ["Enter the web address of a German article."];
    if (Object.keys(local).length) {
      setFieldErrors(local);
      setFormError(NOTHING_IMPORTED);
      focusFirstError(local);
      return;
    }

    setFieldErrors({});
    setIsSending(true);
    try {
      const response = await fetch("/api/import", { method: "POST", body: data });
      const body = (await response.json().catch(() => ({}))) as {
        jobId?: string;
        error?: string;
        fieldErrors?: FieldErrors;
      };
      if (response.status === 202 && body.jobId) {
        setJob({
          id: body.jobId,
          status: "QUEUED",
          phase: "queued",
          done: 0,
          total: 0,
          percent: 0,
          textId: null,
          error: null,
        });
        setJobId(body.jobId);
        return;
      }
      if (response.status === 401) {
        setFormError("Your session has ended. Sign in again, then import the text.");
        return;
      }
      const errors = body.fieldErrors ?? {};
      const hasFieldErrors = Object.keys(errors).some((name) => name !== "form" && name !== "mode");
      setFieldErrors(errors);
      setFormError(
        hasFieldErrors ? NOTHING_IMPORTED : (body.error ?? "The import could not be started. Please try again."),
      );
      focusFirstError(errors);
    } catch (error) {
      console.error("import request failed", error);
      setFormError("The server could not be reached. Check your connection and try again.");
    } finally {
      setIsSending(false);
    }
  }

  const describedBy = (field: string, hint?: string) =>
    [hint, fieldErrors[field]?.length ? `${field}-error` : null].filter(Boolean).join(" ") || undefined;

  return (
    <form
      ref={formRef}
      className="card stack import-form"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-busy={isBusy}
    >
      <fieldset className="import-modes" disabled={isBusy}>
        <legend>Where is the text?</legend>
        <div className="segmented" role="presentation">
          {MODES.map((m) => (
            <label key={m.value} className={mode === m.value ? "segmented-option is-selected" : "segmented-option"}>
              <input
                type="radio"
                name="mode"
                value={m.value}
                checked={mode === m.value}
                onChange={() => {
                  setMode(m.value);
                  setFieldErrors({});
                  setFormError(null);
                }}
              />
              {m.label}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="stack import-fields" disabled={isBusy}>
        <legend className="sr-only">The text</legend>
        <div className="field">
          <label htmlFor="import-title">Title (optional)</label>
          <input
            id="import-title"
            name="title"
            type="text"
            maxLength={200}
            aria-describedby={describedBy("title", "import-title-hint")}
            aria-invalid={Boolean(fieldErrors.title?.length)}
          />
          <p id="import-title-hint" className="small muted">
            Leave it empty and Lesefluss takes the headline or the first sentence.
          </p>
          <FieldError id="title-error" errors={fieldErrors.title} />
        </div>

        <div className="field" hidden={mode !== "paste"}>
          <label htmlFor="import-content">German text</label>
          <textarea
            id="import-content"
            name="content"
            rows={12}
            lang="de"
            disabled={mode !== "paste"}
            placeholder="Paste the German text here — an article, a story, a chapter of a book…"
            aria-describedby={describedBy("content", "import-content-hint")}
            aria-invalid={Boolean(fieldErrors.content?.length)}
          />
          <p id="import-content-hint" className="small muted">
            Up to 2 MB (about 300,000 words). Blank lines separate paragraphs.
          </p>
          <FieldError id="content-error" errors={fieldErrors.content} />
        </div>

        <div className="field" hidden={mode !== "upload"}>
          <label htmlFor="import-file">File</label>
          <input
            id="import-file"
            name="file"
            type="file"
            accept={FILE_TYPES}
            disabled={mode !== "upload"}
            aria-describedby={describedBy("file", "import-file-hint")}
            aria-invalid={Boolean(fieldErrors.file?.length)}
          />
          <p id="import-file-hint" className="small muted">
            A .txt, .md or .html file in UTF-8 (up to 5 MB), an e-book (.epub, without DRM) or a PDF with a text layer
            (up to 20 MB), or subtitles (.srt, .vtt) whose sentences keep their times. Markdown is imported without its
            markup; from a web page only the article text is kept; from a book, its chapters without pictures or notes.
          </p>
          <FieldError id="file-error" errors={fieldErrors.file} />
        </div>

        <div className="field" hidden={mode !== "url"}>
          <label htmlFor="import-url">Web address</label>
          <input
            id="import-url"
            name="url"
            type="url"
            inputMode="url"
            disabled={mode !== "url"}
            placeholder="https://www.example.de/artikel"
            aria-describedby={describedBy("url", "import-url-hint")}
            aria-invalid={Boolean(fieldErrors.url?.length)}
          />
          <p id="import-url-hint" className="small muted">
            The address of a public German article. Lesefluss keeps the article and leaves out menus, adverts and
            comments. Pages behind a login or paywall can’t be read; copy and paste their text instead.
          </p>
          <FieldError id="url-error" errors={fieldErrors.url} />
        </div>

        <div className="field">
          <label htmlFor="import-audio">Audio, optional — read along</label>
          <input
            id="import-audio"
            name="audio"
            type="file"
            accept={AUDIO_TYPES}
            aria-describedby={describedBy("audio", "import-audio-hint")}
            aria-invalid={Boolean(fieldErrors.audio?.length)}
          />
          <p id="import-audio-hint" className="small muted">
            An MP3, M4A, Ogg, Opus or WAV recording of the text, up to {MAX_AUDIO_MB} MB. With subtitles (.srt, .vtt)
            each sentence plays its own part.
          </p>
          <FieldError id="audio-error" errors={fieldErrors.audio} />
        </div>

        <div className="field">
          <label htmlFor="import-translation">English translation, optional — aligned sentence by sentence</label>
          <textarea
            id="import-translation"
            name="translation"
            rows={6}
            lang="en"
            placeholder="If you have a parallel English text, paste it here. Each German sentence gets its English sentence in the reader."
            aria-describedby={describedBy("translation", "import-translation-hint")}
            aria-invalid={Boolean(fieldErrors.translation?.length)}
          />
          <p id="import-translation-hint" className="small muted">
            Without one, the reader shows a word-by-word gloss line. You can correct translations after importing.
          </p>
          <FieldError id="translation-error" errors={fieldErrors.translation} />
        </div>
      </fieldset>

      {formError ? (
        <p className="alert alert-error" role="alert" data-testid="import-error">
          {formError}
        </p>
      ) : null}

      {audioState?.error ? (
        <p className="alert alert-error" role="alert" data-testid="audio-error">
          The text was imported, but its audio was not: {audioState.error}{" "}
          <a href={`/read/${encodeURIComponent(audioState.textId)}`}>Open the text</a>
        </p>
      ) : null}

      {job && jobId ? (
        <div className="stack import-progress" role="status" aria-live="polite">
          <span data-testid="import-phase">{audioState ? "Uploading the audio…" : phaseText(job)}</span>
          <div
            className="import-progress-bar"
            role="progressbar"
            aria-label="Import progress"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={job.percent}
            aria-valuetext={`${job.percent}% — ${phaseText(job)}`}
          >
            <span style={{ width: `${job.percent}%` }} />
          </div>
        </div>
      ) : null}

      <div className="row">
        <button type="submit" className="btn btn-primary" disabled={isBusy}>
          {isSending ? "Sending…" : jobId ? "Importing…" : "Import"}
        </button>
      </div>
    </form>
  );
}
