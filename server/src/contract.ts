import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/** Where the contract lives: the one file both the widgets' types and this server's routes come from. */
export const contractPath = fileURLToPath(new URL('../../api/openapi.yaml', import.meta.url));

export interface Contract {
  info: { title: string; version: string; description?: string };
  paths: Record<string, Record<string, { operationId?: string; summary?: string; description?: string; tags?: string[]; parameters?: unknown[]; responses?: Record<string, unknown> }>>;
  components: { schemas: Record<string, unknown>; parameters: Record<string, { schema: Record<string, unknown> }> };
  tags?: { name: string; description?: string }[];
}

let loaded: Contract | undefined;

/** The parsed contract (read once). */
export function contract(): Contract {
  loaded ??= parse(readFileSync(contractPath, 'utf8')) as Contract;
  return loaded;
}

/**
 * The contract with every `$ref` replaced by what it points to. fastify-openapi-glue's own dereferencing drops
 * the target of a `$ref` that has sibling keywords (OpenAPI 3.0 rules), so `CategoryId` (a `$ref` to `Slug`
 * plus a description) would lose its pattern; OpenAPI 3.1 keeps both, and so does this. Siblings here are
 * annotations (description, examples), so they are laid over the target.
 */
export function dereferencedContract(): Contract {
  const spec = contract();
  const seen = new Map<string, unknown>();
  const target = (ref: string): unknown => ref.replace(/^#\//, '').split('/').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key.replace(/~1/g, '/').replace(/~0/g, '~')], spec);
  const inline = (node: unknown, depth: number): unknown => {
    if (depth > 50) throw new Error('The contract nests $refs too deeply (a cycle?).');
    if (Array.isArray(node)) return node.map((item) => inline(item, depth + 1));
    if (!node || typeof node !== 'object') return node;
    const { $ref, ...rest } = node as Record<string, unknown>;
    const own = Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, inline(value, depth + 1)]));
    if (typeof $ref !== 'string') return own;
    if (!seen.has($ref)) seen.set($ref, inline(target($ref), depth + 1));
    return { ...(structuredClone(seen.get($ref)) as object), ...own };
  };
  return inline(spec, 0) as Contract;
}
