// The audio read along with a just-imported text: sent on its own request
// (PUT /api/texts/[id]/audio, streamed to disk), after the text exists.

export const AUDIO_TYPES = ".mp3,.m4a,.ogg,.opus,.wav,audio/mpeg,audio/mp4,audio/ogg,audio/wav";
export const MAX_AUDIO_MB = 100;

/** Uploads `file` as the audio of text `textId`; the server's message when it refuses, else null. */
export async function uploadTextAudio(textId: string, file: File): Promise<string | null> {
  if (file.size > MAX_AUDIO_MB * 1024 * 1024) return `The audio file is larger than ${MAX_AUDIO_MB} MB.`;
  try {
    const response = await fetch(`/api/texts/${encodeURIComponent(textId)}/audio`, {
      method: "PUT",
      body: file,
      headers: { "content-type": file.type || "application/octet-stream" },
    });
    if (response.ok) return null;
    const body = (await response.json().catch(() => ({}))) as { error?: string };
    return body.error ?? "The audio could not be saved.";
  } catch (error) {
    console.error("audio upload failed", error);
    return "The audio could not be sent. Check your connection and add it again from the import page.";
  }
}
