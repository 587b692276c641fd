import policy from './csp.json' with { type: 'json' };

/** Directive name → sources, in the order they are sent. */
export const CSP_DIRECTIVES: readonly (readonly string[])[] = policy.directives;

const join = (directives: readonly (readonly string[])[]) => directives.map((d) => d.join(' ')).join('; ');

/** The policy sent as a response header (app:// protocol and browser-mode server). */
export function cspHeader(): string {
  return join(CSP_DIRECTIVES);
}

/** The same policy for the page's meta tag, minus directives a meta tag cannot carry (browsers warn about them). */
export function cspMeta(): string {
  return join(CSP_DIRECTIVES.filter((d) => !policy.notInMeta.includes(d[0] ?? '')));
}

/** The placeholder renderer/index.html carries where the build writes the policy. */
export const CSP_PLACEHOLDER = '<!-- candor:csp -->';

export function injectCspMeta(html: string): string {
  if (html.split(CSP_PLACEHOLDER).length !== 2) throw new Error(`index.html must contain ${CSP_PLACEHOLDER} exactly once`);
  return html.replace(CSP_PLACEHOLDER, `<meta http-equiv="Content-Security-Policy" content="${cspMeta()}" />`);
}
