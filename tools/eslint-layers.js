import { dirname, join, normalize, relative } from 'node:path';

/**
 * Which layer may import which: an allow-list, as VS Code keeps its layers. A relative import that
 * lands in a folder not on the importing layer's list is an error, so a new folder is kept out of a
 * layer until someone decides it belongs — not let in until someone remembers to forbid it.
 * Tests (`*.test.ts`) sit beside their code and may reach the host to test it; they are held only
 * away from `main/electron/`.
 */
export const ALLOWED = {
  shared: ['shared'],
  'main/domain': ['shared', 'main/domain'],
  'main/db': ['shared', 'main/domain', 'main/db'],
  'main/print': ['shared', 'main/domain', 'main/print'],
  'main/tls': ['shared', 'main/domain', 'main/tls'],
  // The counter's devices through their vendors' libraries (FFI): below the services, above nothing.
  'main/devices': ['shared', 'main/domain', 'main/devices'],
  'main/shell': ['shared', 'main/domain', 'main/tls', 'main/shell'],
  'main/services': ['shared', 'main/domain', 'main/db', 'main/print', 'main/tls', 'main/devices', 'main/services'],
  'main/api': ['shared', 'main/domain', 'main/services', 'main/api'],
  'main/(top)': ['shared', 'main/domain', 'main/db', 'main/print', 'main/tls', 'main/services', 'main/api', 'main/(top)', 'package.json'],
  'main/electron': ['shared', 'main/domain', 'main/db', 'main/print', 'main/tls', 'main/shell', 'main/(top)', 'main/electron'],
  'main/testing': ['shared', 'main/domain', 'main/db', 'main/print', 'main/tls', 'main/devices', 'main/services', 'main/api', 'main/(top)', 'main/testing'],
  'main/reliability': [],
  // The interface: its own files and shared/; of the host, only the router's type (checked below).
  renderer: ['shared', 'renderer', 'main/api'],
  e2e: ['shared', 'e2e', 'main/testing', 'main/print', 'main/tls'],
  bench: ['shared', 'bench', 'main/testing', 'main/(top)', 'main/api', 'main/db', 'main/domain', 'main/print', 'main/services'],
};

/** The layer a repository path belongs to: `main/<folder>`, `main/(top)` for main's own files, or the top folder. */
export function layerOf(path) {
  const parts = normalize(path).split('/');
  if (parts[0] === 'main') return parts.length === 2 ? 'main/(top)' : `main/${parts[1]}`;
  return parts[0];
}

const isTest = (file) => /\.(test|spec)\.tsx?$/.test(file);

export const layersPlugin = {
  rules: {
    'allowed-imports': {
      meta: { type: 'problem', schema: [] },
      create(context) {
        const root = context.cwd;
        const file = relative(root, context.filename);
        const from = layerOf(file);
        const check = (node, spec, typeOnly) => {
          if (typeof spec !== 'string' || !spec.startsWith('.')) return;
          const to = layerOf(relative(root, normalize(join(dirname(context.filename), spec))));
          if (to === from) return;
          if (isTest(file)) {
            if (to === 'main/electron') context.report({ node, message: `A test may not import main/electron/ (it needs Electron's runtime).` });
            return;
          }
          const allowed = ALLOWED[from];
          if (!allowed) return context.report({ node, message: `${from}/ is not in the layer table (tools/eslint-layers.js): say what it may import.` });
          if (!allowed.includes(to)) return context.report({ node, message: `${from}/ may import only ${allowed.join(', ')}; not ${to}/ (tools/eslint-layers.js).` });
          // The interface knows the host by the router's type alone.
          if (from === 'renderer' && to === 'main/api' && !(typeOnly && /main\/api\/router$/.test(spec))) context.report({ node, message: 'The interface talks to the host only through the API: import type from main/api/router at most.' });
        };
        return {
          ImportDeclaration: (node) => check(node, node.source.value, node.importKind === 'type'),
          ExportNamedDeclaration: (node) => node.source && check(node, node.source.value, node.exportKind === 'type'),
          ExportAllDeclaration: (node) => check(node, node.source.value, node.exportKind === 'type'),
          ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value, false),
        };
      },
    },
  },
};
