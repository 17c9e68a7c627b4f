import type { SubmitFunction } from "@sveltejs/kit";

/**
 * Progress for a form enhanced with `use:enhance`: `pending` is true from submit until the
 * answer is applied. Without JavaScript the browser shows its own progress. `onFailure` runs
 * after a refused submit (e.g. to empty a password field, as a full page load would).
 *
 * `reset: false` keeps the form's inputs after a save, for editors: a reset would put every
 * input back to the value the page was first rendered with (the HTML default), while the page
 * shows what was just saved. Add forms, which should empty after success, keep the default.
 *
 * @example
 * const submit = pendingSubmit();
 * <form method="POST" use:enhance={submit.enhance}>…<SubmitButton pending={submit.pending}>…
 * const save = pendingSubmit({ reset: false });
 */
export function pendingSubmit(options: { reset?: boolean; onFailure?: () => void } = {}) {
  let pending = $state(false);
  const enhance: SubmitFunction = () => {
    pending = true;
    return async ({ update, result }) => {
      try {
        await update({ reset: options.reset ?? true });
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
