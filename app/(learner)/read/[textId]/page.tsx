import { notFound } from "next/navigation";
import { requireUser } from "@/lib/server/auth";
import { getReadingView } from "@/lib/server/data/get-reading-view";
import { isAppError } from "@/lib/server/errors";
import { Reader } from "./_components/reader";

export async function generateMetadata() {
  return { title: "Reading" };
}

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
  const view = await getReadingView(actor, textId, page).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  return <Reader view={view} />;
}
