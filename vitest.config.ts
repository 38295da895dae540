import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/{unit,content,machines,components}/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
