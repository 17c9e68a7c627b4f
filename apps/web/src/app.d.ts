import type { Identity } from "$lib/api/types.ts";
import type { Locale } from "$lib/paraglide/runtime.js";

// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
  namespace App {
    interface Locals {
      /** The API session token from the web app's own HttpOnly cookie; null when signed out. */
      sessionToken: string | null;
      /** Who is signed in, as `GET /api/auth/me` describes them; null when signed out. */
      identity: Identity | null;
      /** The page's language (Paraglide's cookie strategy, Bahasa Indonesia by default). */
      locale: Locale;
    }
    interface Error {
      message: string;
      /** The API's request id, when the error came from the API: for support. */
      requestId?: string;
    }
  }
}

export {};
