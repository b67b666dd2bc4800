import { readdirSync } from 'node:fs'
import js from '@eslint/js'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import importX from 'eslint-plugin-import-x'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const features = readdirSync(`${import.meta.dirname}/../src/features`, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
const webStorage = ['localStorage', 'sessionStorage']
const keepThroughDevice = 'Keep things on the device through src/device, not localStorage or sessionStorage directly.'
const sharedCode = [
  'gateway',
  'ui',
  'format',
  'councils',
  'i18n',
  'device',
  'outbox',
  'session',
  'feedback',
  'direct-debit',
  'evidence',
  'household-change',
]

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y, 'import-x': importX },
    settings: {
      // Without the TypeScript extensions and parser the import rules never follow a .ts import, and find nothing.
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })],
    },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            // A feature stands alone: what two features share moves down into shared code.
            ...features.map((feature) => ({
              target: `./src/features/${feature}`,
              from: './src/features',
              except: [`./${feature}`],
              message: 'Features must not import from each other. Move what they share into shared code.',
            })),
            ...sharedCode.map((layer) => ({
              target: `./src/${layer}`,
              from: ['./src/features', './src/app'],
              message: 'Shared code must not depend on features or the app.',
            })),
            { target: './src/features', from: './src/app', message: 'Features must not depend on the app shell.' },
          ],
        },
      ],
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  {
    files: ['src/gateway/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react-dom', '#src/ui/*', '#src/features/*', '#src/app/*'], message: 'The gateway is transport and contract only.' },
          ],
        },
      ],
    },
  },
  {
    // src/device has one function for each way of keeping something, and knows what sign-out must forget.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/device/**', 'src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-globals': ['error', ...webStorage.map((name) => ({ name, message: keepThroughDevice }))],
      'no-restricted-properties': [
        'error',
        ...['window', 'globalThis', 'self'].flatMap((object) =>
          webStorage.map((property) => ({ object, property, message: keepThroughDevice })),
        ),
      ],
    },
  },
  {
    // One way to fetch: each query's key and options are written once, in the *-queries.ts file that owns them.
    files: ['**/*.{ts,tsx}'],
    ignores: ['**/*-queries.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "Property[key.name='queryKey'] > :matches(ArrayExpression, Literal, TemplateLiteral).value",
          message: 'Use the query key exported by the *-queries.ts file that owns it, not a key written out here.',
        },
        {
          selector:
            'CallExpression[callee.property.name=/^(getQueryData|setQueryData|getQueryState)$/] > :matches(ArrayExpression, Literal, TemplateLiteral):first-child',
          message: 'Use the query key exported by the *-queries.ts file that owns it, not a key written out here.',
        },
        {
          selector: 'CallExpression[callee.name=/^use(Suspense)?Quer(y|ies)$/]',
          message: 'Call the hook the *-queries.ts file exports for this query (useX), which holds its useQuery.',
        },
        {
          selector: "CallExpression[callee.name='queryOptions']",
          message: "Write a query's options in the *-queries.ts file of its domain, with its key.",
        },
      ],
    },
  },
  {
    files: ['mocks/server/start.ts', 'test/**'],
    rules: { 'no-console': 'off' },
  },
)
