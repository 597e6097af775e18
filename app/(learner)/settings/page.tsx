// /settings – review settings (retention, limits, steps, fuzz, time zone, day start) and the FSRS optimiser.
import { requireUser } from "@/lib/server/auth";
import { getReviewSettings } from "@/lib/server/data/get-review-settings";
import { findLatestOptimizerJob } from "@/lib/server/data/get-optimizer-job";
import { ReviewSettingsForm } from "./_components/review-settings-form";
import { OptimizerPanel } from "./_components/optimizer-panel";
import { ReadingSettingsForm } from "./_components/reading-settings-form";
import { getReadingSettings } from "@/lib/server/data/update-reading-settings";
import { getDictionarySettings } from "@/lib/server/data/update-dictionary-settings";
import { DictionarySettingsForm } from "./_components/dictionary-settings-form";

export const metadata = { title: "Settings" };
export const dynamic = "force-dynamic";

export default async function SettingsPage() {
  const actor = await requireUser();
  const settings = await getReviewSettings(actor);
  const latestJob = await findLatestOptimizerJob(actor);
  const reading = await getReadingSettings(actor);
  const dictionaries = await getDictionarySettings(actor);
  const { hasOptimizedWeights, reviewCount, minReviewsForOptimization, ...values } = settings;
  return (
    <main id="main" className="page">
      <h1>Settings</h1>
      <section className="card stack" aria-labelledby="review-settings-heading">
        <h2 id="review-settings-heading">Reviews</h2>
        <ReviewSettingsForm values={values} />
      </section>
      <section className="card stack" aria-labelledby="reading-settings-heading" style={{ marginTop: 16 }}>
        <h2 id="reading-settings-heading">Reading</h2>
        <ReadingSettingsForm values={reading} />
      </section>
      <section className="card stack" aria-labelledby="dictionary-settings-heading" style={{ marginTop: 16 }}>
        <h2 id="dictionary-settings-heading">Online dictionaries</h2>
        <DictionarySettingsForm values={dictionaries} />
      </section>
      <section className="card stack" aria-labelledby="optimizer-heading" style={{ marginTop: 16 }}>
        <h2 id="optimizer-heading">Personal scheduling</h2>
        <OptimizerPanel
          hasOptimizedWeights={hasOptimizedWeights}
          reviewCount={reviewCount}
          minReviews={minReviewsForOptimization}
          latestJob={latestJob}
        />
      </section>
      <section className="card stack" aria-labelledby="export-link-heading" style={{ marginTop: 16 }}>
        <h2 id="export-link-heading">Export and import</h2>
        <p className="small">
          Your cards as an Anki deck (with or without your review history), an Anki text file or a spreadsheet, and all
          your data as JSON: <a href="/account#export">Account › Take your cards with you</a>. New texts come in through{" "}
          <a href="/import">Import</a>.
        </p>
      </section>
    </main>
  );
}
