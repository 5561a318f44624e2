/** Writes one file: readers see the old or the new content, never half of it. */
export function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void>;
/** Writes several files; a failure while writing leaves all of them as they were. */
export function writeFilesAtomic(files: Array<[path: string, content: string | Uint8Array]>): Promise<void>;
