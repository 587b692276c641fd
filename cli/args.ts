// Command-line words read the same way by every command that takes files and --name value options.

export type ParsedWords<K extends string> = { files: string[]; given: Partial<Record<K, string>>; json: boolean };

/** Files, `--json`, and `--name value` or `--name=value` for the options named; a string says what is wrong. */
export function parseWords<K extends string>(args: readonly string[], options: readonly K[]): ParsedWords<K> | string {
  const given: Partial<Record<K, string>> = {};
  const files: string[] = [];
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '--json') json = true;
    else if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const key = (eq === -1 ? a.slice(2) : a.slice(2, eq)) as K;
      if (!options.includes(key)) return `unknown option "${a}"`;
      const value = eq === -1 ? args[++i] : a.slice(eq + 1);
      if (value === undefined || (eq === -1 && value.startsWith('--'))) return `--${key} needs a value`;
      given[key] = value;
    } else files.push(a);
  }
  return { files, given, json };
}

/** A real calendar day written YYYY-MM-DD (no 30 February). */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(s);
  return m !== null && new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).toISOString().slice(0, 10) === s;
}
