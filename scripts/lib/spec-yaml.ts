// Reading and writing the spec file with fixed options, so every tool in scripts/ agrees on
// what the YAML means and a rewrite of an unchanged spec is byte-for-byte the same.
import type { Json } from './openapi-doc.js';
import { readFile } from 'node:fs/promises';
import {
  type CreateNodeOptions,
  type DocumentOptions,
  type ParseOptions,
  type SchemaOptions,
  type ToJSOptions,
  type ToStringOptions,
  parse,
  stringify,
} from 'yaml';

const PARSE_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions & ToJSOptions = {
  // The official description is large and reuses nodes through anchors; yaml's default alias
  // cap (100) is a guard against "billion laughs" input, which a spec download is not.
  maxAliasCount: -1,
  // `<<: *anchor` merge keys, as Redocly's and openapi-typescript's reader (js-yaml) accept them.
  merge: true,
};

const STRINGIFY_OPTIONS: DocumentOptions & SchemaOptions & CreateNodeOptions & ToStringOptions = {
  // Quote every scalar that YAML 1.1 readers would turn into something else (yes/no/on/off,
  // timestamps, 1:20), so js-yaml, Prism's parser and this one all read the same strings.
  version: '1.1',
  indent: 2,
  lineWidth: 0, // never fold long descriptions: stable diffs, no reflow noise
  minContentWidth: 0,
  // Anchors in the source are expanded: the written file is plain, and a patch made through one
  // alias cannot silently differ from another copy.
  aliasDuplicateObjects: false,
  sortMapEntries: false, // keep keys in source order
};

/** Parses YAML or JSON text into a plain object; throws yaml's YAMLParseError on bad syntax. */
export function parseSpecText(text: string): Json {
  return parse(text, PARSE_OPTIONS);
}

/** Serialises a spec object in the project's one stable format. */
export function stringifySpec(doc: unknown): string {
  return stringify(doc, STRINGIFY_OPTIONS);
}

/** Reads and parses the spec file at `path` with the same options: every script loads a spec this way. */
export async function readSpecFile(path: string): Promise<Json> {
  return parseSpecText(await readFile(path, 'utf8'));
}
