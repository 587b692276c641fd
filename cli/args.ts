// Command-line words, read the same way by every command: `node:util` parseArgs splits them into
// files and options; this module holds the rules a user meets, each once:
// - an option the command does not know: `unknown option "--colour"`;
// - an option that takes a value given none (at the end, `--out=`, or followed by another
//   `--option`): `--out needs a file name`;
// - `--name value` and `--name=value` are the same; given twice, the last one counts;
// - a switch (`--json`) takes no value; `--` ends the options, so a file may start with a dash.
// Whether a value is right (a period, a date, a number) is each command's own check.
import { parseArgs } from 'node:util';

/** A switch such as `--json`, or an option taking a value; `needs` says what, when it is missing. */
export type OptionSpec = { readonly switch: true } | { readonly needs: string };
export type OptionSpecs = Readonly<Record<string, OptionSpec>>;
export type ArgValues<O extends OptionSpecs> = { [K in keyof O]?: O[K] extends { switch: true } ? true : string };
export type ReadArgs<O extends OptionSpecs> = { files: string[]; values: ArgValues<O> };

/** The files and options given; a string says in one sentence what is wrong, naming the option. */
export function readArgs<O extends OptionSpecs>(args: readonly string[], specs: O): ReadArgs<O> | string {
  const options = Object.fromEntries(Object.entries(specs).map(([name, spec]) => [name, { type: 'switch' in spec ? 'boolean' : 'string' } as const]));
  const { tokens } = parseArgs({ args: [...args], options, strict: false, allowPositionals: true, tokens: true });
  const files: string[] = [];
  const values: Record<string, string | true> = {};
  for (const token of tokens) {
    if (token.kind === 'positional') files.push(token.value);
    if (token.kind !== 'option') continue;
    const spec = Object.hasOwn(specs, token.name) && token.rawName.startsWith('--') ? specs[token.name] : undefined;
    if (spec === undefined) return `unknown option "${token.inlineValue ? `${token.rawName}=${token.value ?? ''}` : token.rawName}"`;
    if ('switch' in spec) {
      if (token.inlineValue) return `${token.rawName} takes no value`;
      values[token.name] = true;
    } else {
      const value = token.value;
      if (value === undefined || value === '' || (!token.inlineValue && value.startsWith('--'))) return `${token.rawName} needs ${spec.needs}`;
      values[token.name] = value;
    }
  }
  return { files, values: values as ArgValues<O> };
}

/** The `--json` switch, which every command takes. */
export const JSON_SWITCH = { json: { switch: true } } as const;

/** How sentences write numbers and amounts (`diagnose`, `plan`, `checkin`; checked by textFormatOf). */
export const FORMAT_OPTIONS = { locale: { needs: 'a language tag like en-US' }, currency: { needs: 'a currency code like USD' } } as const;

/** A backup to read (`metrics`, `diagnose`), encrypted ones with the passphrase in a file. */
export const BACKUP_OPTIONS = { backup: { needs: 'a file name' }, 'passphrase-file': { needs: 'a file name' } } as const;

/** A real calendar day written YYYY-MM-DD (no 30 February). */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(s);
  return m !== null && new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).toISOString().slice(0, 10) === s;
}
