// The README opens with the five steps to a first conversation, before any reference, and says
// which Node.js Candor needs: the same version as package.json's `engines`, which this Node meets.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { engines?: { node?: string } };

describe('README: the way in', () => {
  it('the first section is "Your first conversation", five numbered steps', () => {
    const sections = [...readme.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(sections[0]).toBe('Your first conversation');
    const first = readme.slice(
      readme.indexOf('## Your first conversation'),
      readme.indexOf('\n## ', readme.indexOf('## Your first conversation') + 3),
    );
    expect([...first.matchAll(/^(\d)\. /gm)].map((m) => m[1])).toEqual(['1', '2', '3', '4', '5']);
    expect(first).toMatch(/Try with sample data/);
    expect(first).toMatch(/Prepare a conversation/);
  });

  it('names the Node.js version package.json requires, and this Node meets it', () => {
    const floor = /^>=(\d+)\.(\d+)$/.exec(pkg.engines?.node ?? '');
    expect(floor, 'engines.node is ">=major.minor"').not.toBeNull();
    const [major, minor] = [Number(floor?.[1]), Number(floor?.[2])];
    expect(readme).toContain(`Node.js ${major}.${minor} or newer`);
    const [runMajor = 0, runMinor = 0] = process.versions.node.split('.').map(Number);
    expect(runMajor > major || (runMajor === major && runMinor >= minor)).toBe(true);
  });
});
