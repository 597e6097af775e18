"use client";
// Starts an optimiser job and polls its status endpoint until it ends.
import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import type { OptimizerJobView } from "@/lib/server/data/get-optimizer-job";
import { requestOptimizationAction } from "../actions";

const POLL_MS = 1000;

export function OptimizerPanel({
  hasOptimizedWeights,
  reviewCount,
  minReviews,
  latestJob,
}: {
  hasOptimizedWeights: boolean;
  reviewCount: number;
  minReviews: number;
  latestJob: OptimizerJobView | null;
}) {
  const router = useRouter();
  const [job, setJob] = useState(latestJob);
  const [error, setError] = useState<string | null>(null);
  const [isStarting, setIsStarting] = useState(false);
  const isActive = job?.status === "QUEUED" || job?.status === "RUNNING";
  const jobId = isActive ? job?.id : undefined;

  useEffect(() => {
    if (!jobId) return;
    let isCancelled = false;
    const timer = setInterval(() => {
      void fetch(`/api/review/optimizer/${encodeURIComponent(jobId)}`, { cache: "no-store" })
        .then(async (response) => {
          if (!response.ok) throw new Error(`status ${response.status}`);
          const next = (await response.json()) as OptimizerJobView;
          if (isCancelled) return;
          setJob(next);
          if (next.status === "DONE" || next.status === "FAILED") router.refresh();
        })
        .catch((e: unknown) => console.error("optimizer poll failed", e));
    }, POLL_MS);
    return () => {
      isCancelled = true;
      clearInterval(timer);
    };
  }, [jobId, router]);

  async function start() {
    setIsStarting(true);
    setError(null);
    try {
      const result = await requestOptimizationAction();
      if (result.status === "error") setError(result.message);
      else
        setJob({
          id: result.data.jobId,
          status: "QUEUED",
          done: 0,
          total: 0,
          fraction: 0,
          error: null,
          createdAt: "",
          updatedAt: "",
        });
    } finally {
      setIsStarting(false);
    }
  }

  const hasEnough = reviewCount >= minReviews;
  return (
    <div className="stack" data-testid="optimizer">
      <p>
        {hasOptimizedWeights
          ? "Your reviews are scheduled with parameters fitted to your own answers."
          : "Your reviews use the standard FSRS parameters."}{" "}
        With at least {minReviews} reviews, Lesefluss can fit them to how you remember. You have {reviewCount}.
      </p>
      {error ? (
        <p className="alert alert-error" role="alert">
          {error}
        </p>
      ) : null}
      {isActive && job ? (
        <div className="stack" role="status">
          <span>
            {job.status === "QUEUED" ? "Waiting to start…" : `Optimising… ${Math.round(job.fraction * 100)} %`}
          </span>
          <div
            className="optimizer-progress"
            role="progressbar"
            aria-label="Optimisation progress"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.round(job.fraction * 100)}
          >
            <span style={{ width: `${Math.round(job.fraction * 100)}%` }} />
          </div>
        </div>
      ) : null}
      {job?.status === "DONE" ? <p className="alert alert-ok">Done: your personal parameters are in use.</p> : null}
      {job?.status === "FAILED" ? <p className="alert alert-error">The last optimisation failed: {job.error}</p> : null}
      <div>
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => void start()}
          disabled={!hasEnough || isActive || isStarting}
        >
          {isStarting ? "Starting…" : "Optimise my parameters"}
        </button>
      </div>
    </div>
  );
}
