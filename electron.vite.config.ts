import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// One build for the three parts: the main process (with the browser host's entry beside the
// desktop one, since both run the same services), the sandboxed preload (CommonJS, as sandboxed
// preloads must be), and the renderer.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      externalizeDeps: true,
      rollupOptions: {
        input: {
          main: resolve('electron/main.ts'),
          webHostCli: resolve('electron/host/webHostCli.ts'),
        },
        output: { format: 'es', entryFileNames: '[name].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { preload: resolve('electron/preload/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    plugins: [react()],
    build: {
      outDir: resolve('out/renderer'),
      emptyOutDir: true,
      // No data: URLs: the Content-Security-Policy allows only the app's own files.
      assetsInlineLimit: 0,
      minify: true,
      // One bundle, loaded from disk: chunk size matters little in a desktop app.
      chunkSizeWarningLimit: 1500,
      rollupOptions: { input: resolve('renderer/index.html') },
    },
  },
});
