// The admin secret the e2e server runs with (playwright.config.ts), for the review page's tests.
export const E2E_ADMIN_SECRET = "e2e-review-secret-not-for-production";
