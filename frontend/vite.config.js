import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
// The Spring Boot app serves the built files from its classpath (target/classes/static).
export default defineConfig({
    plugins: [react()],
    build: {
        outDir: '../target/classes/static',
        emptyOutDir: true,
    },
    server: {
        proxy: { '/api': 'http://localhost:8080' },
    },
});
