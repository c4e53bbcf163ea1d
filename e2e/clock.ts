/**
 * The instant the `phone-2027-07-20` project fixes the browser's clock at (Playwright's `page.clock`):
 * an evening in the middle of the grape-music season. The app's mock cloud seeds its demo data around
 * its own clock (the browser's `Date.now()` plus the demo offset), so every date the app shows in that
 * project follows from this instant; the `@clock` specs check a few of them.
 */
export const GRAPE_SEASON = '2027-07-20T21:30:00+08:00'
