// The generated blocks of docs/lifecycles.md and the `lifecycle:<provider>` blocks of the provider
// guides: diagrams, states, moves and status mappings, read from each package's definitions.
import { code, mermaid, sections, table } from './markdown.mjs';

/** Checks that an export looks like a core lifecycle, naming the export when it does not. */
function assertLifecycle(value, where) {
  const ok = value && typeof value.name === 'string' && Array.isArray(value.states) && Array.isArray(value.transitions) && typeof value.toMermaid === 'function';
  if (!ok) throw new Error(`${where} is not a lifecycle built with defineLifecycle (it needs name, states, transitions and toMermaid()).`);
  return value;
}

/** Checks that an export looks like a core status mapping. */
function assertStatusMapping(value, where) {
  const ok = value && typeof value.provider === 'string' && value.mapping && typeof value.toUnified === 'function' && typeof value.toMarkdownTable === 'function';
  if (!ok) throw new Error(`${where} is not a status mapping built with defineStatusMapping (it needs provider, mapping, toUnified() and toMarkdownTable()).`);
  return value;
}

/** A loaded provider's lifecycles and status mappings, checked. */
export function lifecycleParts({ provider, exports }) {
  const lifecycles = provider.lifecycles.map((name) => assertLifecycle(exports[name], `${provider.packageName} export ${name}`));
  const mappings = provider.statusMappings.map((name) => assertStatusMapping(exports[name], `${provider.packageName} export ${name}`));
  return { lifecycles, mappings };
}

/** The provider's status code of each lifecycle state (from the `statusCodes` export), or an empty map. */
function statusCodesByState(provider, exports) {
  const spec = provider.statusCodes;
  if (!spec) return new Map();
  const table = exports[spec.exportName];
  if (!table || typeof table !== 'object') throw new Error(`${provider.packageName} export ${spec.exportName} is not a status-code table.`);
  const entries = Object.entries(table).map(([key, value]) => (spec.keyedBy === 'code' ? [String(value), key] : [key, String(value)]));
  return new Map(entries);
}

/** The unified status of a lifecycle state (through its status code when there is one), or '' when no mapping names it. */
function unifiedStatusOf(state, codes, mappings) {
  const key = codes.get(state) ?? String(state);
  for (const mapping of mappings) {
    if (Object.hasOwn(mapping.mapping, key)) return mapping.mapping[key];
  }
  return '';
}

/** One lifecycle: diagram, states and moves. `codes` maps states to the provider's status codes. */
export function renderLifecycle(lifecycle, mappings, exportName, codes = new Map()) {
  const terminal = new Set(lifecycle.terminal);
  const initial = new Set(lifecycle.initial);
  const showCodes = lifecycle.states.some((state) => codes.has(state));
  const showUnified = lifecycle.states.some((state) => unifiedStatusOf(state, codes, mappings) !== '');
  const stateHeaders = ['state', ...(showCodes ? ['provider status'] : []), 'starts here', 'final', ...(showUnified ? ['unified status'] : []), 'meaning'];
  const stateRows = lifecycle.states.map((state) => {
    const unified = unifiedStatusOf(state, codes, mappings);
    const providerStatus = codes.has(state) ? code(codes.get(state)) : '';
    return [code(state), ...(showCodes ? [providerStatus] : []), initial.has(state) ? 'yes' : '', terminal.has(state) ? 'yes' : '', ...(showUnified ? [unified ? code(unified) : ''] : []), lifecycle.descriptions[state] ?? ''];
  });
  const moveRows = lifecycle.transitions.map((move) => [code(move.from), code(move.event), code(move.to), move.by === 'client' ? 'client (API)' : 'provider', move.description ?? '']);
  return sections(
    `#### ${code(lifecycle.name)}`,
    `Exported as ${code(exportName)}.`,
    mermaid(lifecycle.toMermaid()),
    table(stateHeaders, stateRows),
    moveRows.length > 0 ? table(['from', 'event', 'to', 'by', 'meaning'], moveRows) : '_No moves._',
  );
}

/** A provider's section: every lifecycle, then every status mapping. */
export function renderProviderLifecycles(loaded) {
  const { provider, exports } = loaded;
  const { lifecycles, mappings } = lifecycleParts(loaded);
  const codes = statusCodesByState(provider, exports);
  const guide = provider.hasGuide ? `The [${provider.title} guide](./providers/${provider.id}.md) explains the provider's states and what the SDK assumes.` : '';
  const parts = [`### ${provider.title}`, guide];
  lifecycles.forEach((lifecycle, index) => parts.push(renderLifecycle(lifecycle, mappings, provider.lifecycles[index], codes)));
  mappings.forEach((mapping, index) => parts.push(sections(`#### Status mapping ${code(provider.statusMappings[index])}`, mapping.toMarkdownTable())));
  if (lifecycles.length === 0 && mappings.length === 0) parts.push('_This package exports no lifecycle definition yet._');
  return sections(parts);
}

/** The unified statuses and what each means. */
export function renderUnifiedStatuses(core) {
  return table(['unified status', 'meaning'], core.UNIFIED_CUSTOMER_STATUSES.map((status) => [code(status), core.UNIFIED_STATUS_DESCRIPTIONS[status]]));
}

/** Unified status × provider: which native statuses map to each unified status. */
export function renderUnifiedMatrix(core, providers) {
  const perProvider = providers.map((loaded) => {
    const codes = statusCodesByState(loaded.provider, loaded.exports);
    const stateOfCode = new Map([...codes].map(([state, statusCode]) => [statusCode, state]));
    return { mappings: lifecycleParts(loaded).mappings, stateOfCode };
  });
  const rows = core.UNIFIED_CUSTOMER_STATUSES.map((status) => [
    code(status),
    ...perProvider.map(({ mappings, stateOfCode }) => {
      const native = mappings.flatMap((mapping) =>
        Object.entries(mapping.mapping)
          .filter(([, unified]) => unified === status)
          .map(([providerStatus]) => (stateOfCode.has(providerStatus) ? `${code(providerStatus)} ${stateOfCode.get(providerStatus)}` : code(providerStatus))),
      );
      return native.length > 0 ? native.join(', ') : '—';
    }),
  ]);
  return table(['unified status', ...providers.map(({ provider }) => provider.title)], rows);
}

/** Every generated block of docs/lifecycles.md, by block name. */
export function renderLifecycleDocs(core, providers) {
  return {
    'generated:unified-statuses': renderUnifiedStatuses(core),
    'generated:unified-matrix': renderUnifiedMatrix(core, providers),
    'generated:provider-lifecycles': sections(providers.map(renderProviderLifecycles)),
  };
}

/**
 * The content of a `<!-- lifecycle:NAME -->` block in a provider guide: a Mermaid diagram. NAME is the
 * provider id for its main (first-listed) lifecycle, or a lifecycle's name (`paycombat.gca`) or the same
 * with a dash (`paycombat-gca`) for another one.
 */
export function renderGuideLifecycleBlock(loaded, blockName) {
  const target = blockName.slice('lifecycle:'.length);
  const { lifecycles } = lifecycleParts(loaded);
  const chosen = target === loaded.provider.id ? lifecycles[0] : lifecycles.find((lifecycle) => lifecycle.name === target || lifecycle.name.replace(/\./g, '-') === target);
  if (!chosen) {
    const known = [loaded.provider.id, ...lifecycles.map((lifecycle) => lifecycle.name.replace(/\./g, '-'))].join(', ');
    throw new Error(`docs/providers/${loaded.provider.id}.md has a <!-- ${blockName} --> block, but no lifecycle is called "${target}". Use one of: ${known}.`);
  }
  return mermaid(chosen.toMermaid());
}
