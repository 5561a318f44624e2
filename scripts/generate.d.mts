export function generate(doc: unknown, source?: string): Promise<Record<'schema.ts' | 'triggers.ts' | 'rules.ts' | 'sensitive.ts', string>>;
export function loadSpec(path: string): Promise<unknown>;
