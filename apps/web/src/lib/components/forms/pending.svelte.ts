import type { SubmitFunction } from "@sveltejs/kit";

/**
 * Progress for a form enhanced with `use:enhance`: `pending` is true from submit until the
 * answer is applied. Without JavaScript the browser shows its own progress. `onFailure` runs
 * after a refused submit (e.g. to empty a password field, as a full page load would).
 *
 * @example
 * const submit = pendingSubmit();
 * <form method="POST" use:enhance={submit.enhance}>…<SubmitButton pending={submit.pending}>…
 */
export function pendingSubmit(options: { onFailure?: () => void } = {}) {
  let pending = $state(false);
  const enhance: SubmitFunction = () => {
    pending = true;
    return async ({ update, result }) => {
      try {
        await update();
        if (result.type === "failure") options.onFailure?.();
      } finally {
        pending = false;
      }
    };
  };
  return {
    get pending() {
      return pending;
    },
    enhance,
  };
}
