// Bundles the host and the Electron shell with esbuild. Dependencies stay in node_modules
// (better-sqlite3 is native and is rebuilt for Electron by electron-builder).
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node20', packages: 'external', sourcemap: true, logLevel: 'warning' };

await build({ ...common, entryPoints: ['main/cli.ts'], format: 'esm', outfile: 'dist/main/cli.js' });
// The PDF worker sits beside each bundle that starts a host.
for (const dir of ['dist/main', 'dist/electron']) {
  await build({ ...common, entryPoints: ['main/print/pdfWorker.ts'], format: 'esm', outfile: `${dir}/pdfWorker.js` });
}
await build({ ...common, entryPoints: ['main/electron/main.ts'], format: 'esm', outfile: 'dist/electron/main.mjs', external: ['electron'] });
// Sandboxed preloads must be CommonJS and may require only 'electron'.
for (const name of ['preload', 'setupPreload']) {
  await build({ ...common, entryPoints: [`main/electron/${name}.ts`], format: 'cjs', outfile: `dist/electron/${name}.cjs`, external: ['electron'] });
}
console.log('built dist/main and dist/electron');
