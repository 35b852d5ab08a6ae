import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'shared/**/*.test.ts',
      'electron/**/*.test.ts',
      'cli/**/*.test.ts',
      'renderer/**/*.test.{ts,tsx}',
      'test/unit/**/*.test.ts',
      'test/docx/**/*.test.ts',
      'test/import/**/*.test.ts',
    ],
    environment: 'node',
    pool: 'forks',
  },
});
