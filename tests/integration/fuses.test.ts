import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// electron-builder's own YAML reader (a dependency of electron-builder), so the file is read as the packager reads it.
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };
const root = path.resolve(import.meta.dirname, '../..');
const config = yaml.load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as { electronFuses?: Record<string, unknown> };

describe('the Electron fuses flipped in the packaged binary (electron-builder.yml)', () => {
  it.each([
    ['runAsNode', false],
    ['enableNodeOptionsEnvironmentVariable', false],
    ['enableNodeCliInspectArguments', false],
    ['enableCookieEncryption', true],
    ['enableEmbeddedAsarIntegrityValidation', true],
    ['onlyLoadAppFromAsar', true],
    // Candor is served from app://, never file://: file pages must get no extra privileges.
    ['grantFileProtocolExtraPrivileges', false],
  ])('sets %s to %s', (fuse, value) => {
    expect(config.electronFuses?.[fuse]).toBe(value);
  });
});
