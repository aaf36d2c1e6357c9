/**
 * A minimal LSP client over stdio for the robustness tests: spawns the real language server (dist/server.js
 * --stdio), frames JSON-RPC messages, answers the server's own requests, and records its notifications.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const SERVER = join(resolve(__dirname, '..', '..'), 'dist', 'server.js');

interface Message {
  id?: number | string;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { message: string };
}

export class LspClient {
  readonly child: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly waiting = new Map<number, (m: Message) => void>();
  /** Every notification and request the server sent, in order. */
  readonly received: Message[] = [];
  stderr = '';
  exited: Promise<number | null>;

  constructor(args: string[] = []) {
    this.child = spawn(process.execPath, [SERVER, '--stdio', ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stdout.on('data', (chunk: Buffer) => this.onData(chunk));
    this.child.stderr.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString();
    });
    this.exited = new Promise((done) => this.child.on('exit', (code) => done(code)));
  }

  private onData(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const end = this.buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, end).toString())?.[1]);
      if (this.buffer.length < end + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(end + 4, end + 4 + length).toString('utf8')) as Message;
      this.buffer = this.buffer.subarray(end + 4 + length);
      this.dispatch(message);
    }
  }

  private dispatch(m: Message): void {
    if (m.method === undefined && typeof m.id === 'number') {
      this.waiting.get(m.id)?.(m);
      this.waiting.delete(m.id);
      return;
    }
    this.received.push(m);
    // The server's requests (progress tokens, messages with actions, registrations): answered with null.
    if (m.id !== undefined) this.send({ id: m.id, result: null });
  }

  private send(message: object): void {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  /** A request; rejects after `timeoutMs` (a server that stopped answering is the failure these tests look for). */
  request<T = unknown>(method: string, params: unknown, timeoutMs = 30_000): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((done, fail) => {
      const timer = setTimeout(
        () => fail(new Error(`no answer to ${method} within ${timeoutMs} ms; stderr: ${this.stderr}`)),
        timeoutMs,
      );
      this.waiting.set(id, (m) => {
        clearTimeout(timer);
        if (m.error) fail(new Error(`${method}: ${m.error.message}`));
        else done(m.result as T);
      });
      this.send({ id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ method, params });
  }

  /** initialize + initialized for one workspace folder, then waits for the first scan and check. */
  async start(folder: string, capabilities: object = {}): Promise<void> {
    const uri = pathToFileURL(folder).href;
    await this.request('initialize', {
      processId: process.pid,
      rootUri: uri,
      workspaceFolders: [{ uri, name: 'ws' }],
      capabilities: { window: { showDocument: { support: true } }, ...capabilities },
      initializationOptions: { settings: {} },
    });
    this.notify('initialized', {});
    await this.request('crosscheck/ready', null);
  }

  /** shutdown must be answered and exit end the process: the proof the server still serves. */
  async stop(): Promise<number | null> {
    await this.request('shutdown', null, 15_000);
    this.notify('exit', null);
    return this.exited;
  }

  kill(): void {
    this.child.kill('SIGKILL');
  }

  messages(method: string): unknown[] {
    return this.received.filter((m) => m.method === method).map((m) => m.params);
  }
}
