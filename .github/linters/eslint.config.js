// ESLint flat config, kept out of the fixed top level: `npm run lint` passes it with --config,
// so patterns here are relative to the repository root.
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'node_modules/', '.astro/', 'public/', 'tests/fixtures/'] },
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    rules: {
      // Unused arguments prefixed with _ document a signature; anything else unused is dead code.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
);
