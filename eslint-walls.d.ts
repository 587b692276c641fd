// Types of eslint-walls.js, for the test that reads its table list.
export declare const TABLE_NAMES: readonly string[];
export declare const candorWalls: { rules: Record<string, unknown> };
export declare function climbMessage(fromFile: string, source: string): string | null;
