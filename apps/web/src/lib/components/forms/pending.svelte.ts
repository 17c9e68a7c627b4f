import type { SubmitFunction } from "@sveltejs/kit";

/**
 * Progress for a form enhanced with `use:enhance`: `pending` is true from submit until the
 * answer is applied. Without JavaScript the browser shows its own progress.
 *
 * @example
 * const submit = pendingSubmit();
 * <form method="POST" use:enhance={submit.enhance}>…<SubmitButton pending={submit.pending}>…
 */
export function pendingSubmit() {
  let pending = $state(false);
  const enhance: SubmitFunction = () => {
    pending = true;
    return async ({ update }) => {
      try {
        await update();
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
