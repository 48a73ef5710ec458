import { readFileSync } from 'node:fs';
import { baSource } from './ba-jobsuche.js';
import { personioSource } from './personio.js';

interface SourceBase {
  /**
   * The source slug the jobs are stored under, and the name of the source in `GET /v1/admin/imports`. Defaults
   * to the kind (`ba-jobsuche`, `personio`, `json`); two entries of one kind need their own, or each run would
   * retire the other's jobs.
   */
  id: string;
  url: string;
  /** The category when no keyword matches (default `office`). */
  category?: string;
  /** Let an empty feed retire all jobs of this source (default: an empty feed is an error). */
  allowEmpty?: boolean;
}

export interface BaSourceConfig extends SourceBase {
  source: typeof baSource;
  /** The `X-API-Key` header; `jobboerse-jobsuche`, the public client id of the BA's web app, by default. */
  apiKey: string;
  /** The place searched around (`wo`). */
  where: string;
  /** Radius in km (`umkreis`). */
  radiusKm?: number;
  /** `angebotsart`: 1 work (default), 4 apprenticeship, 34 internship/trainee. */
  offer?: number;
  /** Fetch the job details for the descriptions (default true). */
  details?: boolean;
}

export interface PersonioSourceConfig extends SourceBase {
  source: typeof personioSource;
  employer: string;
  employerUrl?: string;
  partner: string;
  jobPage?: string;
  city?: string;
}

export interface JsonSourceConfig extends SourceBase {
  source: 'json';
}

export type ImportSourceConfig = BaSourceConfig | PersonioSourceConfig | JsonSourceConfig;

const slug = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Reads and checks `IMPORT_CONFIG`: a JSON array of sources, or `{ "sources": [...] }`. Throws with a readable
 * message on anything wrong, so a typo stops the server at start rather than failing quietly every six hours.
 */
export function parseImportConfig(text: string, file = 'IMPORT_CONFIG'): ImportSourceConfig[] {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} is not JSON: ${(error as Error).message}`);
  }
  const list = Array.isArray(document) ? document : (document as { sources?: unknown })?.sources;
  if (!Array.isArray(list)) throw new Error(`${file} must be a JSON array of sources or { "sources": [...] }.`);
  const ids = new Set<string>();
  return list.map((entry: Record<string, unknown>, index) => {
    const where = `${file}, source ${index + 1}`;
    if (!entry || typeof entry !== 'object') throw new Error(`${where} is not an object.`);
    const text = (key: string, required = false): string | undefined => {
      const value = entry[key];
      if (value === undefined && !required) return undefined;
      if (typeof value !== 'string' || !value.trim()) throw new Error(`${where}: "${key}" must be a non-empty string.`);
      return value.trim();
    };
    const number = (key: string): number | undefined => {
      const value = entry[key];
      if (value === undefined) return undefined;
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw new Error(`${where}: "${key}" must be a whole number.`);
      return value;
    };
    const flag = (key: string): boolean | undefined => {
      const value = entry[key];
      if (value === undefined) return undefined;
      if (typeof value !== 'boolean') throw new Error(`${where}: "${key}" must be true or false.`);
      return value;
    };
    const kind = text('source', true)!;
    const url = text('url', true)!;
    if (!/^https?:\/\//i.test(url)) throw new Error(`${where}: "url" must be an http(s) URL.`);
    const id = text('id') ?? kind;
    if (!slug.test(id)) throw new Error(`${where}: "id" must be a lowercase slug, not "${id}".`);
    if (ids.has(id)) throw new Error(`${where}: a second source with the id "${id}"; give each its own "id", or one run would retire the other's jobs.`);
    ids.add(id);
    const base = { id, url, ...(text('category') && { category: text('category') }), ...(flag('allowEmpty') !== undefined && { allowEmpty: flag('allowEmpty') }) };
    if (kind === baSource) {
      return { ...base, source: baSource, apiKey: text('apiKey') ?? 'jobboerse-jobsuche', where: text('where', true)!, radiusKm: number('radiusKm'), offer: number('offer'), details: flag('details') } satisfies BaSourceConfig;
    }
    if (kind === personioSource) {
      return { ...base, source: personioSource, employer: text('employer', true)!, employerUrl: text('employerUrl'), partner: text('partner', true)!, jobPage: text('jobPage'), city: text('city') } satisfies PersonioSourceConfig;
    }
    if (kind === 'json') return { ...base, source: 'json' } satisfies JsonSourceConfig;
    throw new Error(`${where}: unknown source "${kind}" (ba-jobsuche, personio, json).`);
  });
}

export function readImportConfig(path: string): ImportSourceConfig[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`IMPORT_CONFIG ${path} cannot be read: ${(error as Error).message}`);
  }
  return parseImportConfig(text, `IMPORT_CONFIG ${path}`);
}
