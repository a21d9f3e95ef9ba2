/**
 * Drives a real headless Chromium (Debian's `chromium` package) over the DevTools protocol on a
 * pipe (`--remote-debugging-pipe`: requests on fd 3, answers and events on fd 4, each a JSON
 * message ended by a NUL byte). No npm package and nothing downloaded: the browser is the one
 * the system has, found on `PATH` or named by `CHROMIUM`.
 *
 * A page records what a test asks about afterwards: every console error, uncaught exception and
 * browser log error (a Content-Security-Policy violation is one), and every request it made.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { findTool } from './tools.js';

/** Where to look for Chromium, in order: `$CHROMIUM`, then `chromium` or `chromium-browser` on `PATH`. */
export const CHROMIUM_COMMANDS: readonly (string | undefined)[] = [process.env.CHROMIUM, 'chromium', 'chromium-browser'];

/** How to get Chromium, as the line of a skipped test says it. */
export const CHROMIUM_INSTALL = 'apt-get install chromium, or set CHROMIUM to a Chromium executable';

/** The Chromium executable, or undefined when there is none. */
export function findChromium(): string | undefined {
  return findTool(CHROMIUM_COMMANDS);
}

/** A protocol message from the browser: an answer (with `id`) or an event (with `method`). */
interface Message {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  result?: Record<string, unknown>;
  error?: { message: string };
  sessionId?: string;
}

/** A browser tab, attached through a flat session. */
export interface Page {
  /** Console errors, uncaught exceptions and browser log errors, as text, in order. */
  readonly errors: string[];
  /** URL of every request the page made, in order. */
  readonly requests: string[];
  /** Loads a URL and waits for its `load` event. */
  goto(url: string): Promise<void>;
  /** Evaluates an expression in the page and returns its value (JSON-serialisable). */
  evaluate<T>(expression: string): Promise<T>;
  /** Turns the page's scripts off (before {@link goto}), as a reader with JavaScript disabled has it. */
  disableScripts(): Promise<void>;
  /** Sets the viewport's CSS size. */
  setViewport(width: number, height: number): Promise<void>;
  /** A PNG of the whole page, not just the viewport. */
  screenshot(): Promise<Buffer>;
}

/** A running browser. */
export interface Browser {
  /** Opens a blank tab. */
  newPage(): Promise<Page>;
  /** Closes the browser and removes its profile directory. */
  close(): Promise<void>;
}

/** Starts headless Chromium with a fresh profile; `--no-sandbox` when running as root, where the sandbox cannot start. */
export async function launchChromium(executable: string): Promise<Browser> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'monime-guard-chromium-'));
  const args = [
    '--headless',
    '--remote-debugging-pipe',
    `--user-data-dir=${profile}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-extensions',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-default-apps',
    '--disable-sync',
    '--mute-audio',
    '--hide-scrollbars',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    'about:blank',
  ];
  const child = spawn(executable, args, { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] });
  const connection = new Connection(child);
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-4000);
  });
  try {
    await connection.send('Browser.getVersion');
  } catch (error) {
    child.kill('SIGKILL');
    fs.rmSync(profile, { recursive: true, force: true });
    throw new Error(`${executable} did not start: ${(error as Error).message}\n${stderr}`);
  }
  return {
    newPage: () => openPage(connection),
    async close() {
      const exited = new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())));
      await connection.send('Browser.close').catch(() => child.kill('SIGKILL'));
      // A browser that does not exit after closing is killed rather than left running.
      const guard = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(guard);
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The protocol over the pipe: numbered requests, their answers, and events for listeners. */
class Connection {
  private nextId = 1;
  private buffer = '';
  private readonly pending = new Map<number, { resolve: (result: Record<string, unknown>) => void; reject: (error: Error) => void; method: string }>();
  private readonly listeners = new Set<(message: Message) => void>();
  private readonly input: Writable;

  constructor(child: ChildProcess) {
    this.input = child.stdio[3] as Writable;
    const output = child.stdio[4] as Readable;
    output.on('data', (chunk: Buffer) => this.receive(chunk.toString('utf8')));
    child.on('exit', () => {
      for (const { reject, method } of this.pending.values()) reject(new Error(`the browser exited before answering ${method}`));
      this.pending.clear();
    });
    // The pipe closes when the browser exits; the exit handler above reports that.
    this.input.on('error', () => undefined);
  }

  /** Sends a command (to a page when `sessionId` is given) and resolves with its result. */
  send(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<Record<string, unknown>> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, method });
      this.input.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });
  }

  /** Calls `listener` with every event; returns a function that stops it. */
  listen(listener: (message: Message) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private receive(text: string): void {
    this.buffer += text;
    let end: number;
    while ((end = this.buffer.indexOf('\0')) !== -1) {
      const message = JSON.parse(this.buffer.slice(0, end)) as Message;
      this.buffer = this.buffer.slice(end + 1);
      if (message.id !== undefined) {
        const waiting = this.pending.get(message.id);
        this.pending.delete(message.id);
        if (message.error) waiting?.reject(new Error(`${waiting.method}: ${message.error.message}`));
        else waiting?.resolve(message.result ?? {});
      } else for (const listener of this.listeners) listener(message);
    }
  }
}

/** The text of a console call's arguments. */
function consoleText(params: Record<string, unknown>): string {
  const args = (params.args as { value?: unknown; description?: string }[] | undefined) ?? [];
  return args.map((arg) => (arg.value !== undefined ? String(arg.value) : (arg.description ?? ''))).join(' ');
}

/** Opens a tab, attaches to it, and starts recording its errors and requests. */
async function openPage(connection: Connection): Promise<Page> {
  const { targetId } = await connection.send('Target.createTarget', { url: 'about:blank' });
  const { sessionId } = (await connection.send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
  const send = (method: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>> => connection.send(method, params, sessionId);
  const errors: string[] = [];
  const requests: string[] = [];
  const loads: (() => void)[] = [];
  connection.listen((message) => {
    if (message.sessionId !== sessionId) return;
    const params = message.params ?? {};
    switch (message.method) {
      case 'Runtime.consoleAPICalled':
        if (params.type === 'error' || params.type === 'assert') errors.push(`console.${String(params.type)}: ${consoleText(params)}`);
        break;
      case 'Runtime.exceptionThrown': {
        const details = params.exceptionDetails as { text?: string; exception?: { description?: string } };
        errors.push(`uncaught: ${details.exception?.description ?? details.text ?? 'exception'}`);
        break;
      }
      case 'Log.entryAdded': {
        const entry = params.entry as { level: string; source: string; text: string };
        if (entry.level === 'error') errors.push(`${entry.source}: ${entry.text}`);
        break;
      }
      case 'Network.requestWillBeSent':
        requests.push((params.request as { url: string }).url);
        break;
      case 'Page.loadEventFired':
        loads.splice(0).forEach((resolve) => resolve());
        break;
    }
  });
  await Promise.all([send('Page.enable'), send('Runtime.enable'), send('Log.enable'), send('Network.enable')]);
  return {
    errors,
    requests,
    async goto(url) {
      const loaded = new Promise<void>((resolve) => loads.push(resolve));
      const { errorText } = await send('Page.navigate', { url });
      if (errorText) throw new Error(`cannot load ${url}: ${String(errorText)}`);
      await loaded;
    },
    async evaluate<T>(expression: string) {
      const answer = await send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
      const thrown = answer.exceptionDetails as { exception?: { description?: string }; text?: string } | undefined;
      if (thrown) throw new Error(`evaluating ${expression}: ${thrown.exception?.description ?? thrown.text}`);
      return (answer.result as { value: T }).value;
    },
    async disableScripts() {
      await send('Emulation.setScriptExecutionDisabled', { value: true });
    },
    async setViewport(width, height) {
      await send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: 1, mobile: false });
    },
    async screenshot() {
      const metrics = (await send('Page.getLayoutMetrics')) as { cssContentSize: { width: number; height: number } };
      const { width, height } = metrics.cssContentSize;
      const { data } = await send('Page.captureScreenshot', {
        format: 'png',
        captureBeyondViewport: true,
        clip: { x: 0, y: 0, width: Math.ceil(width), height: Math.ceil(height), scale: 1 },
      });
      return Buffer.from(String(data), 'base64');
    },
  };
}
