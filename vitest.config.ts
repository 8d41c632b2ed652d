import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['src/**/*.test.ts', 'templates/**/*.test.ts', 'tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: { name: 'components', environment: 'happy-dom', include: ['src/**/*.test.tsx'], setupFiles: ['tests/setup-components.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'browser', environment: 'node', include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'], testTimeout: 60000, hookTimeout: 180000,
          fileParallelism: false,
        },
      },
    ],
  },
});
