/**
 * The output gate: the last step before bytes leave the process on standard output or standard
 * error. The command line and the Action install it first thing, so every write (reports, warnings,
 * yargs' own messages, progress lines, a debug stack trace) has its token-shaped text masked
 * ({@link redactTokens}), whatever field or library the text came from.
 */
import { TOKEN_START, redactTokens } from '../findings/mask.js';

/**
 * The end of a chunk that may be the start of a token whose rest comes in the next write: a
 * prefix cut short (`m`, `mo`, `mon`, `mon_tes`) or a prefix and a body that may go on. Writers
 * of this tool end their writes with a newline, so this is rare; but a stream writer may cut a
 * long report anywhere, and a token cut in two would pass the mask in two harmless-looking halves.
 */
const OPEN_TAIL = new RegExp(`${TOKEN_START}(?:mo?|mon(?:_(?:test_)?[A-Za-z0-9]*)?)$`);

/**
 * Longest tail held back. A held-back run longer than any token body the detector considers is
 * let out (already masked: its body is long enough for the mask to apply), so a stream of
 * alphanumerics cannot make the gate hold everything.
 */
const MAX_HELD = 256;

/** Redacts a stream of chunks, holding back a tail that may be cut from a token. */
export interface StreamRedactor {
  /** The redacted text that can go out now; an open tail is kept for the next chunk. */
  push(text: string): string;
  /** The redacted rest, at the end of the stream. */
  flush(): string;
}

/** A redactor for one stream. */
export function createStreamRedactor(): StreamRedactor {
  let held = '';
  return {
    push(text) {
      const whole = held + text;
      const open = OPEN_TAIL.exec(whole);
      const cut = open && whole.length - open.index <= MAX_HELD ? open.index : whole.length;
      held = whole.slice(cut);
      return redactTokens(whole.slice(0, cut));
    },
    flush() {
      const rest = redactTokens(held);
      held = '';
      return rest;
    },
  };
}

/** What a Buffer's bytes look like as one Latin-1 character each, so regular expressions can read them. */
const asBytes = (text: string): string => Buffer.from(text, 'utf8').toString('latin1');

type WriteCallback = (error?: Error | null) => void;

/**
 * Puts the gate in front of `process.stdout` and `process.stderr` (once; a second call does
 * nothing). Strings and Buffers are both redacted: a Buffer is read byte for byte (tokens are
 * ASCII), and a mask put into it is written as UTF-8. What is held back at the end is written when
 * the process exits. Writes that bypass these streams (a child process inheriting the descriptors)
 * do not pass; the tool captures its children's output instead of inheriting it.
 */
export function installOutputGate(): void {
  if (installed) return;
  installed = true;
  for (const stream of [process.stdout, process.stderr]) gate(stream);
}

let installed = false;

function gate(stream: NodeJS.WriteStream): void {
  const original = stream.write.bind(stream) as (chunk: string | Uint8Array, encoding?: BufferEncoding, callback?: WriteCallback) => boolean;
  const redactor = createStreamRedactor();
  // Bytes are read as Latin-1 text, where no `…` can occur but those the masks put in; each
  // becomes its UTF-8 bytes before the text turns back into bytes.
  const bytes = (text: string): Buffer => Buffer.from(text.replace(/…/g, asBytes('…')), 'latin1');
  stream.write = function write(chunk: unknown, encoding?: unknown, callback?: unknown): boolean {
    const done = (typeof encoding === 'function' ? encoding : callback) as WriteCallback | undefined;
    const textEncoding = typeof encoding === 'string' ? (encoding as BufferEncoding) : undefined;
    if (typeof chunk === 'string' && (textEncoding === undefined || /^utf-?8$/i.test(textEncoding))) {
      return original(redactor.push(chunk), 'utf8', done);
    }
    const raw =
      typeof chunk === 'string'
        ? Buffer.from(chunk, textEncoding)
        : chunk instanceof Uint8Array
          ? Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
          : undefined;
    if (raw === undefined) return original(chunk as string, textEncoding, done);
    return original(bytes(redactor.push(raw.toString('latin1'))), undefined, done);
  } as typeof stream.write;
  process.once('exit', () => {
    const rest = redactor.flush();
    if (rest !== '') original(rest);
  });
}
