import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Only the thin shell may touch Electron; everything else must run in plain Node so it
// can be tested here. shared/ must also run in the renderer, so no Node or database either.
const ELECTRON_ALLOWED = ['electron/main/index.ts', 'electron/main/ipc.ts', 'electron/main/platform/**', 'electron/preload/**'];

const noElectron = {
  name: 'electron',
  message: 'Only electron/main/index.ts, electron/main/ipc.ts, electron/main/platform/ and electron/preload/ may import electron.',
};

// One owner per table (DESIGN.md "Data"): a table's SQL lives in its repository in
// electron/main/db/, and capabilities call repositories. Outside db/, nothing prepares a
// statement, runs SQL text or reads a pragma, and nothing imports the statement cache.
// Tests are outside electron/ and free to read the database directly.
const DATA_ACCESS_EXCEPTIONS = [
  // Repositories, migrations, and whole database files (connection.ts; snapshot.ts: keying,
  // checking and re-keying a backup's snapshot, VACUUM INTO).
  'electron/main/db/**',
];
const dataAccessRule = (level) => [
  level,
  {
    selector: "CallExpression[callee.property.name=/^(prepare|pragma)$/], CallExpression[callee.property.name='exec'][callee.object.type!='Literal']",
    message: 'SQL belongs in a repository in electron/main/db/ (one owner per table); call its functions instead.',
  },
  {
    selector: "ImportDeclaration[source.value=/\\/db\\/statements$/]",
    message: 'The prepared-statement cache is for repositories in electron/main/db/ only; call a repository function instead.',
  },
];

// Layers of the documents (DESIGN.md "Main-process layers"): shared/ (money, dates, words)
// -> pdf/ (the engine: fonts, the worker pool, rendering) -> documents/ (every document
// builder in build/, and gather/, which reads a case into the builders' data) -> letters/,
// packets/, letterhead/ (the capabilities that draft, store and deliver them). Each layer
// imports only those below it, so the engine can be changed or measured without a case,
// and a builder tested without a database. The direction is the one the code needs: a
// packet carries a letter, so the letter's data (documents/gather/letter*.ts) sits below
// both letters/ and packets/; letters/ keeps what only a stored letter needs (drafting,
// editing, sending). test/unit/lint/layers.test.ts proves the rules and that no import
// cycle runs through these folders.
const electronOnlyInShell = { group: ['electron/*'], message: noElectron.message };
const layerRule = (...patterns) => ['error', { paths: [noElectron], patterns: [electronOnlyInShell, ...patterns] }];
const PDF_ENGINE_RULE = layerRule({
  // From electron/main/pdf/: '../x' is another main-process folder; shared/, the generic file
  // helpers and the error type are all the engine may use.
  regex: '^\\.\\./(?!\\.\\./\\.\\./shared/|fs/|errors$)',
  message: 'pdf/ is the PDF engine (fonts, pool, worker, render): it knows no documents, cases or capabilities. Build documents in documents/build/.',
});
const DOCUMENTS_RULE = {
  // From documents/ or one of its subfolders: the capability folders above, or any handler table.
  regex: '^(\\.\\./){1,2}(letters|packets|letterhead)(/|$)|(^|/)handlers$',
  message: 'documents/ sits below letters/, packets/ and letterhead/ (they deliver what it builds): move what both need into documents/.',
};
const BUILDERS_RULE = {
  // From electron/main/documents/build/: only shared/, the engine's types and font names, and
  // other builders.
  regex: '^node:|^\\.\\./(?!\\.\\./\\.\\./\\.\\./shared/|\\.\\./pdf/(types|fonts)$)',
  message: 'A document builder is a pure function of plain data (DESIGN.md "PDF"): no database, context, files or gathering here; gather in documents/gather/.',
};

const RENDERER_SYNTAX_RULES = [
  {
    selector: "Property[key.name='queryKey'] > ArrayExpression",
    message: 'Build query keys with the factories in renderer/src/api/keys.ts (e.g. debtKeys.list(clientId)), not a literal array.',
  },
];

// Addresses in the app are defined once, in renderer/src/router.ts (pattern, parameters,
// builder), and built only by its typed `paths`: no '#/…' or '/clients/…' string, no
// template that puts one together, no write to location.hash anywhere else.
const ADDRESS_MESSAGE = "Build the app's addresses with paths.…() (and href(…) for a link) from renderer/src/router.ts.";
const ADDRESS_RULES = [
  { selector: 'Literal[value=/^#?\\x2F[A-Za-z]/]', message: ADDRESS_MESSAGE },
  { selector: 'TemplateElement[value.raw=/^#?\\x2F[A-Za-z]/]', message: ADDRESS_MESSAGE },
  { selector: "JSXAttribute[name.name='href'] > Literal[value=/^#/], JSXAttribute[name.name='href'] > JSXExpressionContainer > TemplateLiteral", message: ADDRESS_MESSAGE },
  { selector: "MemberExpression[property.name='hash']", message: ADDRESS_MESSAGE },
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.tmp/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', window: 'readonly', document: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Browser script the harness serves as text; the channel list is filled in when served.
    files: ['test/harness/bridge.js'],
    languageOptions: { globals: { URLSearchParams: 'readonly', fetch: 'readonly', __CHANNELS__: 'readonly' } },
  },
  {
    files: ['**/*.{ts,tsx,js,mjs,cjs}'],
    ignores: ELECTRON_ALLOWED,
    rules: {
      'no-restricted-imports': ['error', { paths: [noElectron], patterns: [{ group: ['electron/*'], message: noElectron.message }] }],
    },
  },
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron, { name: 'better-sqlite3-multiple-ciphers', message: 'shared/ runs in the renderer too: no database here.' }],
          patterns: [
            { group: ['node:*'], message: 'shared/ runs in the renderer too: no Node built-ins.' },
            { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ may not depend on main or renderer code.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'document', message: 'shared/ has no DOM.' }, { name: 'window', message: 'shared/ has no DOM.' }],
    },
  },
  {
    files: ['renderer/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron],
          patterns: [{ group: ['**/electron/**', 'node:*', 'better-sqlite3-multiple-ciphers'], message: 'The renderer only talks to the main process through window.parley.' }],
        },
      ],
    },
  },
  {
    // The renderer's data layer: queries, mutations and IPC calls live in renderer/src/api/
    // (one file per capability); pages use its hooks and functions.
    files: ['renderer/**'],
    ignores: ['renderer/src/api/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            noElectron,
            {
              name: '@tanstack/react-query',
              importNames: ['useQuery', 'useInfiniteQuery', 'useSuspenseQuery', 'useQueryClient'],
              message: 'Queries and cache invalidation live in renderer/src/api/<capability>.ts; use its hooks.',
            },
          ],
          patterns: [
            { group: ['**/electron/**', 'node:*', 'better-sqlite3-multiple-ciphers'], message: 'The renderer only talks to the main process through window.parley.' },
            { group: ['**/api/client'], importNames: ['call'], message: 'Only renderer/src/api/ calls the main process; add a hook or function there.' },
          ],
        },
      ],
    },
  },
  {
    // Query keys come from the factories in renderer/src/api/keys.ts, so an invalidation
    // names what it refreshes the same way the query that cached it did.
    files: ['renderer/**'],
    ignores: ['renderer/src/api/keys.ts', 'renderer/src/router.ts'],
    rules: { 'no-restricted-syntax': ['error', ...RENDERER_SYNTAX_RULES, ...ADDRESS_RULES] },
  },
  {
    // The key factories may write literal keys; the router is where addresses are defined.
    files: ['renderer/src/api/keys.ts'],
    rules: { 'no-restricted-syntax': ['error', ...ADDRESS_RULES] },
  },
  {
    files: ['renderer/src/router.ts'],
    rules: { 'no-restricted-syntax': ['error', ...RENDERER_SYNTAX_RULES] },
  },
  {
    files: ['electron/main/pdf/**'],
    rules: { 'no-restricted-imports': PDF_ENGINE_RULE },
  },
  {
    files: ['electron/main/documents/**'],
    rules: { 'no-restricted-imports': layerRule(DOCUMENTS_RULE) },
  },
  {
    files: ['electron/main/documents/build/**'],
    rules: { 'no-restricted-imports': layerRule(DOCUMENTS_RULE, BUILDERS_RULE) },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: DATA_ACCESS_EXCEPTIONS,
    rules: { 'no-restricted-syntax': dataAccessRule('error') },
  },
);
