// Lint exists mainly to hold the architecture: @nx/enforce-module-boundaries stops an app importing another app's
// code, and a library importing an app or a library of a lower layer.
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

const SCOPING_MESSAGE =
  'Use WorkspaceRepository.of(manager, Entity, ctx.workspaceId) so every query is scoped to a workspace (raw SQL: its tablePath, and filter on workspace_id). For data that belongs to no workspace (the template library), disable this rule on the line and say why.';
const MANAGER_METHODS =
  '/^(find|findOne|findBy|findOneBy|findAndCount|findOneOrFail|findOneByOrFail|count|countBy|exists|existsBy|insert|save|update|upsert|delete|remove|softDelete|query|increment|decrement)$/';
const MANAGER_NAMES = '/^(manager|entityManager|dataSource|em)$/';

export default [
  { ignores: ['**/dist', '**/node_modules', '**/coverage', '**/tmp', '**/.nx'] },
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser, parserOptions: { sourceType: 'module' } },
    plugins: { '@nx': nx, '@typescript-eslint': tseslint.plugin },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            // An app may use shared libraries of any type and nothing of another scope (so no other app).
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:contracts', 'type:data-access', 'type:util'] },
            // Cross-cutting tests (the messaging backbone, the six-process platform) use libraries, never app code.
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:contracts', 'type:data-access', 'type:util'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:contracts', 'type:data-access', 'type:util'] },
            {
              sourceTag: 'type:data-access',
              onlyDependOnLibsWithTags: ['type:contracts', 'type:data-access', 'type:util'],
            },
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts'] },
            { sourceTag: 'scope:gateway', onlyDependOnLibsWithTags: ['scope:gateway', 'scope:shared'] },
            { sourceTag: 'scope:template', onlyDependOnLibsWithTags: ['scope:template', 'scope:shared'] },
            { sourceTag: 'scope:workflow-engine', onlyDependOnLibsWithTags: ['scope:workflow-engine', 'scope:shared'] },
            { sourceTag: 'scope:crm', onlyDependOnLibsWithTags: ['scope:crm', 'scope:shared'] },
            { sourceTag: 'scope:ai', onlyDependOnLibsWithTags: ['scope:ai', 'scope:shared'] },
            { sourceTag: 'scope:analytics', onlyDependOnLibsWithTags: ['scope:analytics', 'scope:shared'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Tenant scoping by construction: a service reads and writes workspace rows through WorkspaceRepository
    // (libs/persistence), never a raw TypeORM repository or query builder that would forget the workspace.
    files: ['apps/{template,workflow-engine,crm,ai,analytics}/src/**/*.ts'],
    ignores: ['**/*.spec.ts', '**/__tests__/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression[callee.property.name=/^(getRepository|createQueryBuilder)$/]',
          message: SCOPING_MESSAGE,
        },
        {
          // EntityManager / DataSource finders and writes: `manager.find(...)`, `ctx.manager.update(...)`, `this.dataSource.query(...)`.
          selector: `CallExpression[callee.property.name=${MANAGER_METHODS}][callee.object.name=${MANAGER_NAMES}]`,
          message: SCOPING_MESSAGE,
        },
        {
          selector: `CallExpression[callee.property.name=${MANAGER_METHODS}][callee.object.property.name=${MANAGER_NAMES}]`,
          message: SCOPING_MESSAGE,
        },
      ],
    },
  },
];
