// The console's pages: built into apps/console/dist/web, which the BFF serves.
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    rolldownOptions: {
      // TanStack Query marks modules "use client" for React Server Components, which a single-page app has none of.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
});
