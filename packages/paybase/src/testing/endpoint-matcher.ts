import { PATH_PLACEHOLDER, type PathParameters, type PaybaseEndpoint, type PaybaseEndpointName, type PaybaseEndpoints } from '../paybase-paths.js';

/** An endpoint matched by an {@link EndpointMatcher}, with its decoded path parameters. */
export interface EndpointMatch {
  name: PaybaseEndpointName;
  parameters: PathParameters;
}

/** Finds the endpoint a request targets; made by {@link createEndpointMatcher}. */
export type EndpointMatcher = (method: string, pathname: string) => EndpointMatch | undefined;

interface CompiledEndpoint {
  name: PaybaseEndpointName;
  method: string;
  pattern: RegExp;
  /** Parameter names in capture-group order (`{fullId}` captures the bare `id`). */
  names: (keyof PathParameters)[];
  /** How many literal characters the template has: the more, the more specific. */
  literal: number;
}

function compile(name: PaybaseEndpointName, endpoint: PaybaseEndpoint): CompiledEndpoint {
  const names: (keyof PathParameters)[] = [];
  const pattern = endpoint.path
    .split(PATH_PLACEHOLDER)
    .map((part, index) => {
      if (index % 2 === 0) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(part === 'fullId' ? 'id' : (part as keyof PathParameters));
      return part === 'fullId' ? 'customer/([^/]+)' : '([^/]+)';
    })
    .join('');
  return { name, method: endpoint.method, pattern: new RegExp(`^${pattern}/?$`), names, literal: endpoint.path.replace(PATH_PLACEHOLDER, '').length };
}

/**
 * Compiles an endpoint table once into a matcher of requests (the mock routes with the same table and overrides as
 * the client). When several templates match, the one with the most literal characters wins.
 */
export function createEndpointMatcher(endpoints: PaybaseEndpoints): EndpointMatcher {
  const compiled = (Object.entries(endpoints) as [PaybaseEndpointName, PaybaseEndpoint][]).map(([name, endpoint]) => compile(name, endpoint));
  return (method, pathname) => {
    const upper = method.toUpperCase();
    let best: { match: EndpointMatch; literal: number } | undefined;
    for (const candidate of compiled) {
      if (candidate.method !== upper) continue;
      const found = candidate.pattern.exec(pathname);
      if (!found) continue;
      if (best && best.literal >= candidate.literal) continue;
      const parameters: PathParameters = {};
      candidate.names.forEach((key, index) => {
        parameters[key] = decodeURIComponent(found[index + 1]!);
      });
      best = { match: { name: candidate.name, parameters }, literal: candidate.literal };
    }
    return best?.match;
  };
}
