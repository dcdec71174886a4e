// @ts-check
/**
 * The module rules of src/, checked by `npm run check` (ARCHITECTURE.md, docs/decisions/0010).
 * Each rule reads as a sentence: its name, why (comment), which modules (from), and what they may
 * not import (to). There is no list of exceptions: a module that needs one is in the wrong place.
 */

/**
 * The capabilities from the bottom up. Each may import only the capabilities before it in this
 * list (and platform); the reason for each step is in ARCHITECTURE.md.
 */
const LAYERS = [
  'register',
  'agreements',
  'identity',
  'onboarding',
  'billing',
  'access',
  'monitoring',
  'residents',
  'backoffice',
];
const CAPABILITIES = LAYERS.join('|');
/** What a capability may import from the top of src/: the database type, the settings, the route deps. */
const SHARED_ROOT = '^src/(database|config|route-deps)\\.ts$';
/** Consumers: pages over the capabilities below them, which may also use their public views. */
const CONSUMERS = 'residents|backoffice';

/** @type {import('dependency-cruiser').IForbiddenRuleType[]} */
const layerRules = LAYERS.slice(0, -1).map((name, index) => ({
  name: `${name}-imports-no-higher-layer`,
  comment:
    `${name} may import only ${['platform', ...LAYERS.slice(0, index)].join(', ')}: ` +
    `${LAYERS.slice(index + 1).join(', ')} stand above it. A lower layer that must cause ` +
    'something in a higher one writes a job or takes a callback.',
  severity: 'error',
  from: { path: `^src/${name}/` },
  to: { path: `^src/(${LAYERS.slice(index + 1).join('|')})/` },
}));

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-circular',
      comment:
        'No module imports itself through others: a cycle ties the capabilities it crosses into ' +
        'one. (The database type names every table and every store names the database type; that ' +
        'cycle is of types only and leaves nothing to run.)',
      severity: 'error',
      from: {},
      to: { circular: true, viaNot: '^src/database\\.ts$' },
    },
    ...layerRules,
    {
      name: 'platform-imports-no-capability',
      comment:
        'platform is what every capability uses and none owns: it imports no capability and ' +
        'nothing of the application built from them, only the settings.',
      severity: 'error',
      from: { path: '^src/platform/' },
      to: {
        path: [`^src/(${CAPABILITIES})/`, '^src/[^/]+\\.tsx?$'],
        pathNot: '^src/config\\.ts$',
      },
    },
    {
      name: 'stay-in-your-capability-except-through-service',
      comment:
        "A capability imports another only through that one's service.ts, which exports rules " +
        '(no routes, no views): its other files are its own to change.',
      severity: 'error',
      from: { path: `^src/(${CAPABILITIES})/`, pathNot: `^src/(${CONSUMERS})/` },
      to: {
        path: `^src/(${CAPABILITIES})/`,
        pathNot: ['^src/$1/', `^src/(${CAPABILITIES})/service\\.ts$`],
      },
    },
    {
      name: 'consumers-stay-in-their-capability-except-through-service-views-or-routes',
      comment:
        "residents' and the staff pages may also show another capability's public views " +
        "(views.ts), and the staff pages register a capability's staff side of a shared route " +
        '(routes.ts): nothing else of another capability.',
      severity: 'error',
      from: { path: `^src/(${CONSUMERS})/` },
      to: {
        path: `^src/(${CAPABILITIES})/`,
        pathNot: [
          '^src/$1/',
          `^src/(${CAPABILITIES})/(service|views)\\.tsx?$`,
          '^src/[^/]+/routes\\.tsx?$',
        ],
      },
    },
    {
      name: 'service-exports-rules-only',
      comment:
        "A service.ts holds a capability's rules: importing it loads no route and no page. Routes " +
        'are registered from routes.ts files by src/app.ts; pages shared with the consumers are ' +
        'in views.ts.',
      severity: 'error',
      from: { path: '^src/[^/]+/service\\.ts$' },
      to: { path: ['\\.tsx$', '^src/[^/]+/views/', 'routes\\.ts$'] },
    },
    {
      name: 'capabilities-import-no-application-file',
      comment:
        'The files at the top of src/ build the application from the capabilities; a capability ' +
        'imports none of them but the database type, the settings and the route deps.',
      severity: 'error',
      from: { path: `^src/(${CAPABILITIES}|platform)/` },
      to: { path: '^src/[^/]+\\.tsx?$', pathNot: SHARED_ROOT },
    },
    {
      name: 'no-importing-tests',
      comment: 'Application code never imports a test or its support files.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: ['\\.test\\.tsx?$', '^test/'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.test\\.tsx?$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
