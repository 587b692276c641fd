// Types of aliases.js, for the TypeScript configs and tests that read it.
export declare const ALIASES: Readonly<Record<string, string>>;
export declare const ROOT: string;
export declare function aliasFolders(root?: string): Record<string, string>;
export declare function aliasFor(repoPath: string): string | null;
export declare function unalias(specifier: string): string | null;
