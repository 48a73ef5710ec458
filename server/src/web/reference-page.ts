import type { Contract } from '../contract.js';

type Json = Record<string, unknown>;

const escape = (text: unknown) =>
  String(text ?? '').replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

/** Contract descriptions are Markdown; shown as paragraphs with `code` kept, which is all they need here. */
function prose(text: unknown): string {
  return String(text ?? '')
    .trim()
    .split(/\n{2,}/)
    .filter(Boolean)
    .map((paragraph) => `<p>${escape(paragraph).replace(/`([^`]+)`/g, '<code>$1</code>').replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')}</p>`)
    .join('\n');
}

function resolve(spec: Contract, node: unknown): Json {
  let current = node as Json;
  for (let depth = 0; current && typeof current.$ref === 'string' && depth < 10; depth++) {
    const path = (current.$ref as string).replace(/^#\//, '').split('/');
    current = path.reduce<unknown>((value, key) => (value as Json)?.[key], spec) as Json;
  }
  return current ?? {};
}

const refName = (node: unknown) => (typeof (node as Json)?.$ref === 'string' ? ((node as Json).$ref as string).split('/').pop() : undefined);

function schemaLink(node: unknown): string {
  const name = refName(node);
  if (name) return `<a href="#schema-${escape(name)}">${escape(name)}</a>`;
  const schema = node as Json;
  if (schema?.type === 'array') return `array of ${schemaLink(schema.items)}`;
  return escape(schema?.type ?? 'object');
}

function operationSection(spec: Contract, path: string, method: string, operation: Json): string {
  const parameters = ((operation.parameters as unknown[]) ?? []).map((parameter) => resolve(spec, parameter));
  const body = resolve(spec, operation.requestBody);
  const bodySchema = (body.content as Json | undefined)?.['application/json'] as Json | undefined;
  const responses = Object.entries((operation.responses as Json) ?? {}).map(([status, response]) => {
    const resolved = resolve(spec, response);
    const schema = ((resolved.content as Json | undefined)?.['application/json'] as Json | undefined)?.schema;
    return `<li><strong>${escape(status)}</strong> ${escape(String(resolved.description ?? '').split('\n')[0])}${schema ? ` — ${schemaLink(schema)}` : ''}</li>`;
  });
  return `<section class="operation" id="op-${escape(operation.operationId)}">
<h3><span class="method">${escape(method.toUpperCase())}</span> <code>/v1${escape(path)}</code></h3>
<p class="summary">${escape(operation.summary)}</p>
${prose(operation.description)}
${parameters.length ? `<h4>Parameters</h4><table><tr><th>name</th><th>in</th><th>required</th><th>description</th></tr>${parameters.map((parameter) => `<tr><td><code>${escape(parameter.name)}</code></td><td>${escape(parameter.in)}</td><td>${parameter.required ? 'yes' : 'no'}</td><td>${escape(parameter.description)}</td></tr>`).join('')}</table>` : ''}
${bodySchema ? `<h4>Request body</h4><p>${schemaLink(bodySchema.schema)}</p>` : ''}
<h4>Responses</h4><ul>${responses.join('')}</ul>
</section>`;
}

function schemaSection(name: string, schema: Json): string {
  const properties = Object.entries((schema.properties as Json) ?? {});
  const required = new Set((schema.required as string[]) ?? []);
  return `<section class="schema" id="schema-${escape(name)}"><h3>${escape(name)}</h3>${prose(schema.description)}
${schema.enum ? `<p>One of ${(schema.enum as unknown[]).map((value) => `<code>${escape(value)}</code>`).join(', ')}</p>` : ''}
${properties.length ? `<table><tr><th>property</th><th>type</th><th>description</th></tr>${properties.map(([property, value]) => `<tr><td><code>${escape(property)}</code>${required.has(property) ? ' *' : ''}</td><td>${schemaLink(value)}</td><td>${escape((value as Json).description ?? '')}</td></tr>`).join('')}</table>` : ''}
</section>`;
}

/** A readable, self-contained HTML reference of the contract: no script, no external request. */
export function renderReference(spec: Contract): string {
  const byTag = new Map<string, string[]>();
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!['get', 'put', 'post', 'delete', 'patch'].includes(method)) continue;
      const merged = { ...operation, parameters: [...(((item as Json).parameters as unknown[]) ?? []), ...(operation.parameters ?? [])] };
      const tag = operation.tags?.[0] ?? 'other';
      byTag.set(tag, [...(byTag.get(tag) ?? []), operationSection(spec, path, method, merged)]);
    }
  }
  const tags = spec.tags ?? [...byTag.keys()].map((name) => ({ name, description: '' }));
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(spec.info.title)} ${escape(spec.info.version)}</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem 1.5rem;color:#1a1d21}
code{font:0.9em ui-monospace,monospace;background:#f1f3f5;padding:0 .2em;border-radius:3px}
table{border-collapse:collapse;width:100%;margin:.5rem 0}td,th{border:1px solid #c7ccd1;padding:.25rem .5rem;text-align:left;vertical-align:top}
.operation,.schema{border-top:1px solid #c7ccd1;padding-top:.5rem}.method{background:#0b5394;color:#fff;padding:0 .4em;border-radius:3px;font-size:.85em}
nav a{margin-right:1rem}
</style></head><body>
<h1>${escape(spec.info.title)} <small>${escape(spec.info.version)}</small></h1>
<nav><a href="/api/openapi.yaml">openapi.yaml</a>${tags.map((tag) => `<a href="#tag-${escape(tag.name)}">${escape(tag.name)}</a>`).join('')}<a href="#schemas">schemas</a></nav>
${prose(spec.info.description)}
${tags.map((tag) => `<h2 id="tag-${escape(tag.name)}">${escape(tag.name)}</h2>${prose(tag.description)}${(byTag.get(tag.name) ?? []).join('\n')}`).join('\n')}
<h2 id="schemas">Schemas</h2>
${Object.entries(spec.components.schemas).map(([name, schema]) => schemaSection(name, schema as Json)).join('\n')}
</body></html>`;
}
