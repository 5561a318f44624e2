/** Parses YAML or JSON text into a plain object; throws yaml's YAMLParseError on bad syntax. */
export function parseSpecText(text: string): unknown;
/** Serialises a spec object in the project's one stable format. */
export function stringifySpec(doc: unknown): string;
