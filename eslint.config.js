import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import { BOUNDARIES } from './eslint-boundaries.js'

// ESLint checks the code, Prettier formats it (`npm run format`); both are pure JavaScript, so `npm ci`
// installs them on any platform.
export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'data/**', '.data/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  ...BOUNDARIES,
  prettier,
)
