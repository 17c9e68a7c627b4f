import type { SubmitFunction } from "@sveltejs/kit";

/**
 * Progress for an editor's form with `use:enhance`, like `pendingSubmit()`, but the form is not
 * reset after a save: a reset would put every input back to the value the page was first
 * rendered with (the HTML default), while the page shows what was just saved. Add forms, which
 * should empty after success, keep `pendingSubmit()`.
 */
export function editorSubmit() {
  let pending = $state(false);
  const enhance: SubmitFunction = () => {
    pending = true;
    return async ({ update }) => {
      try {
        await update({ reset: false });
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
