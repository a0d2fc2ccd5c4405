type Tree = { [key: string]: string | Tree };

function deepMerge(target: Tree, source: Tree, file: string, path = ''): Tree {
  for (const [key, value] of Object.entries(source)) {
    const at = path ? `${path}.${key}` : key;
    const existing = target[key];
    if (typeof value === 'object' && typeof existing === 'object') deepMerge(existing, value, file, at);
    else if (existing !== undefined) throw new Error(`[i18n] ${file} defines "${at}" again`);
    else target[key] = typeof value === 'object' ? deepMerge({}, value, file, at) : value;
  }
  return target;
}

/** Every locales/<language>/<area>.json is merged into one namespace per language; a key defined twice is an error. */
export function mergeLocaleFiles(files: Record<string, Tree>): Record<string, Tree> {
  const byLanguage: Record<string, Tree> = {};
  for (const [file, tree] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    const language = /locales\/([^/]+)\//.exec(file)?.[1];
    if (!language) continue;
    byLanguage[language] = deepMerge(byLanguage[language] ?? {}, tree, file);
  }
  return byLanguage;
}

export function flattenKeys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' ? flattenKeys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}
