import { notFound } from "next/navigation";
import { preload } from "react-dom";
import { requireUser } from "@/lib/server/auth";
import { getReaderShell } from "@/lib/server/data/get-reading-view";
import { getTextMedia } from "@/lib/server/data/get-text-media";
import { isAppError } from "@/lib/server/errors";
import { ReaderLoader } from "./_components/reader-loader";
import { TextMediaProvider } from "./_components/text-media";

export async function generateMetadata() {
  return { title: "Reading" };
}

// The page renders only the learner's part (progress, word statuses: small);
// the page's text is one cached JSON shared by every learner (ReaderLoader).
export default async function ReadPage({
  params,
  searchParams,
}: {
  params: Promise<{ textId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireUser();
  const { textId } = await params;
  const pageParam = (await searchParams).page;
  const page = typeof pageParam === "string" && /^\d{1,6}$/.test(pageParam) ? Number(pageParam) : undefined;
  const shell = await getReaderShell(actor, textId, page).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  // The browser starts fetching the text with the HTML, not after the scripts ran.
  preload(shell.textPageUrl, { as: "fetch", crossOrigin: "anonymous" });
  const media = await getTextMedia(actor, textId);
  // The media (and its <audio>) sit outside the keyed loader: turning the page keeps the audio playing.
  return (
    <TextMediaProvider media={media}>
      <ReaderLoader key={shell.textPageUrl} shell={shell} />
    </TextMediaProvider>
  );
}
