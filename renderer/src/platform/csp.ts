import { z } from 'zod';

// The app's CSP forbids eval. zod's JIT would probe for it with `new Function` on first use
// (a CSP violation on every page, and then zod falls back anyway): tell it up front.
// Imported first by every renderer entry point (the page and the import worker).
z.config({ jitless: true });
