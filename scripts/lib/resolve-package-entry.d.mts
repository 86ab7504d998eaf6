/** The conditions Node's `import` matches, in the order Node tries them. */
export declare const NODE_IMPORT_CONDITIONS: readonly string[];

/**
 * The target one `exports` entry resolves to under `conditions` (a path relative to the package), or
 * undefined when no condition matches.
 */
export declare function resolveExportTarget(target: unknown, conditions?: readonly string[]): string | undefined;

/**
 * The absolute file `subpath` of the package in `packageDir` resolves to through its `exports` map (not
 * checked to exist). Throws when the package exports no such subpath for these conditions.
 */
export declare function resolvePackageEntry(packageDir: string, subpath?: string, conditions?: readonly string[]): string;
