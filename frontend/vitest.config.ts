import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'widget/src/**/*.test.ts'],
    // Component tests that mount the rich editor take seconds on a busy two-core CI machine; 5 s was too tight.
    testTimeout: 20000,
  },
});
