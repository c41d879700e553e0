// Lint rules, and the import boundaries of ARCHITECTURE.md: renderer and main never import each
// other; shared imports neither, and nothing from electron, react, node or the DOM.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const fromFolder = (folder) => ({ group: [`**/${folder}/**`, `../${folder}/*`, `../../${folder}/*`, `../../../${folder}/*`], message: `Do not import ${folder}/ from here: the contract between main and renderer is shared/api.ts.` });
const nodeBuiltins = ['fs', 'path', 'os', 'http', 'crypto', 'child_process', 'url', 'net', 'stream', 'worker_threads', 'perf_hooks', 'util', 'events', 'buffer', 'zlib'];

export default tseslint.config(
  { ignores: ['**/*.tmp.*', 'dist/**', 'node_modules/**', '.tsbuild/**', 'release/**', 'bench/results/**', 'tests/e2e/screenshots/**', 'tests/e2e/.screens/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Cleaning scraped text and escaping XML are about control characters.
      'no-control-regex': 'off',
      'no-restricted-syntax': ['error', { selector: "MemberExpression[property.name='innerHTML']", message: 'Set text with textContent; never build HTML from strings in the UI.' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'react', 'react-dom', 'prosemirror-view', ...nodeBuiltins, ...nodeBuiltins.map((m) => `node:${m}`)].map((name) => ({ name, message: 'shared/ is pure: no Electron, React, DOM or Node APIs.' })),
          patterns: [fromFolder('main'), fromFolder('renderer'), { group: ['node:*'], message: 'shared/ is pure: no Node APIs.' }],
        },
      ],
    },
  },
  {
    // The contract: the preload bundles it to read channel names, so it pulls in no logic.
    files: ['shared/api.ts', 'shared/model.ts', 'shared/*/model.ts', 'shared/*/schemas.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: String.raw`^(?!zod$|(\.\.?/)+([\w-]+/)?(model|schemas)$)`, message: 'The contract (api.ts, model.ts, */schemas.ts) imports only zod, the models and other schemas files; move the schema here instead.' }] },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/vite.config.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'The renderer talks to main only through renderer/api.ts.' }], patterns: [fromFolder('main'), { group: ['node:*'], message: 'The renderer runs in a sandboxed page: no Node APIs.' }] }] },
  },
  {
    files: ['main/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [fromFolder('renderer')] }] },
  },
);
