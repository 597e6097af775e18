/** The outcome line of a form: announced politely on success, as an alert on error. */
export function FormMessage({ state }: { state: { status: "idle" | "ok" | "error"; message?: string } }) {
  if (state.status === "idle" || !state.message) return null;
  return state.status === "error" ? (
    <p className="alert alert-error" role="alert">
      {state.message}
    </p>
  ) : (
    <p className="alert alert-ok" role="status">
      {state.message}
    </p>
  );
}
