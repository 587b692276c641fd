import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const SCRIPT = resolve(import.meta.dirname, '../../scripts/serve-renderer.mjs');

function run(port: number): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [SCRIPT], { env: { ...process.env, PORT: String(port) } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => done({ code, out, err }));
    // A server that did start keeps running: stop it once it has said where it is.
    child.stdout.on('data', () => {
      if (out.includes('Serving Candor')) child.kill();
    });
  });
}

let busy: Server | null = null;
afterEach(() => new Promise<void>((r) => (busy ? busy.close(() => r()) : r())));

function occupy(body: string): Promise<number> {
  return new Promise((r) => {
    busy = createServer((_req, res) => res.end(body)).listen(0, '127.0.0.1', () => r((busy?.address() as AddressInfo).port));
  });
}

describe('the browser fallback keeps one origin', () => {
  it('when another program holds the port, it says so and does not move to another port', async () => {
    const port = await occupy('<html><title>Something else</title></html>');
    const res = await run(port);
    expect(res.code).toBe(1);
    expect(res.err).toMatch(new RegExp(`^Port ${port} is in use by another program\\. Candor always uses this port`));
    expect(res.out).toBe('');
  });

  it('when Candor is already running there, it reuses it', async () => {
    const port = await occupy('<!doctype html><html><head><title>Candor</title></head></html>');
    const res = await run(port);
    expect(res.code).toBe(0);
    expect(res.out).toBe(`Candor is already running at http://127.0.0.1:${port}/\n`);
  });
});
