/** Parses YAML or JSON text into a plain object; throws yaml's YAMLParseError on bad syntax. */
export function parseSpecText(text: string): unknown;
/** Serialises a spec object in the project's one stable format. */
export function stringifySpec(doc: unknown): string;
/** Reads and parses the spec file at `path` with the same options: every script loads a spec this way. */
export function readSpecFile(path: string): Promise<any>;
