import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The embeddable chat widget: one self-contained script, /widget.js, built next to the workspace UI
// (after it, since the UI's build empties the output directory).
export default defineConfig({
  build: {
    outDir: fileURLToPath(new URL('../../target/classes/static', import.meta.url)),
    emptyOutDir: false,
    copyPublicDir: false,
    target: 'es2019',
    lib: {
      entry: fileURLToPath(new URL('./src/main.ts', import.meta.url)),
      name: 'FrontlineChat',
      formats: ['iife'],
      fileName: () => 'widget.js',
    },
  },
});
