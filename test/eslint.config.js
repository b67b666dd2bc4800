import js from '@eslint/js'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  {
    // Imports flow one way: shared code, then features, then the app that composes them.
    files: ['src/gateway/**', 'src/ui/**', 'src/format/**', 'src/councils/**', 'src/i18n/**', 'src/device/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['#src/features/*', '#src/app/*'], message: 'Shared code must not depend on features or the app.' }] }],
    },
  },
  {
    files: ['src/features/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['#src/app/*'], message: 'Features must not depend on the app shell.' }] }],
    },
  },
  {
    files: ['src/gateway/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['react-dom', '#src/ui/*', '#src/features/*', '#src/app/*'], message: 'The gateway is transport and contract only.' }] }],
    },
  },
  {
    files: ['mocks/server/start.ts', 'test/**'],
    rules: { 'no-console': 'off' },
  },
)
