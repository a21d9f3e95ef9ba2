import { closest } from '../closest-name.js';

/**
 * yargs' usage failures reworded to say what to type instead: an unknown command or flag names the
 * nearest one ("did you mean scan?"), a flag that takes one of a few values and was given none
 * says so and lists them, and a value out of those names the nearest. Other messages pass through.
 */
export function explainUsage(message: string, argv: readonly string[], known: { commands: readonly string[]; flags: readonly string[] }): string {
  const oneLine = message.replace(/\s*\n\s*/g, ' ').trim();
  const unknown = /^Unknown arguments?: (.+)$/.exec(oneLine);
  if (unknown) {
    // yargs names an unknown `--a-flag` twice, also as `aFlag`.
    const names = unknown[1]!.split(', ');
    const kebab = (name: string): string => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    const said = names.filter((name) => name === kebab(name) || !names.includes(kebab(name))).map((name) => unknownArgument(name, argv, known));
    // After an unknown command, the other arguments belong to no command: only the command is said.
    return said.find((line) => line.startsWith('unknown command')) ?? said.join('; ');
  }
  const choice = /^Invalid values: Argument: ([\w-]+), Given: (.*?), Choices: (.+)$/.exec(oneLine);
  if (choice) {
    const [, flag, given, listed] = choice;
    const choices = [...listed!.matchAll(/"([^"]*)"/g)].map((m) => m[1]!);
    // A flag written last, or followed by another flag, reaches yargs as `true` or an empty string.
    if (given === 'true' || given === '""') return `--${flag} needs a value: ${listing(choices)}`;
    const value = given!.replace(/^"|"$/g, '');
    const nearest = closest(value, choices);
    return `--${flag} ${value}: expected ${listing(choices)}${nearest ? `; did you mean ${nearest}?` : ''}`;
  }
  return oneLine;
}

/** What yargs says a command's flags are (`getOptions()`), as far as {@link missingValue} reads it. */
export interface DeclaredOptions {
  array: string[];
  string: string[];
  number: string[];
  choices: Record<string, readonly unknown[]>;
  alias: Record<string, string[]>;
}

/**
 * The message for a flag that takes a value but was given none (written last, or just before
 * another flag), or undefined. yargs would fall back to the flag's default (`--format` alone is
 * `text`) or an empty string, and say nothing.
 */
export function missingValue(argv: readonly string[], options: DeclaredOptions): string | undefined {
  const takesValue = new Set([...options.string, ...options.number, ...Object.keys(options.choices)]);
  const canonical = new Map<string, string>();
  for (const [name, aliases] of Object.entries(options.alias)) for (const alias of aliases) if (takesValue.has(name)) canonical.set(alias, name);
  const end = argv.indexOf('--');
  const given = end === -1 ? argv : argv.slice(0, end);
  for (const [i, arg] of given.entries()) {
    const name = /^--([^=]+)$/.exec(arg)?.[1] ?? /^-([A-Za-z])$/.exec(arg)?.[1];
    if (name === undefined) continue;
    const flag = takesValue.has(name) ? name : canonical.get(name);
    if (flag === undefined) continue;
    const next = given[i + 1];
    // A negative number is a value, not a flag.
    if (next !== undefined && !(next.startsWith('-') && !/^-\d/.test(next))) continue;
    const choices = (options.choices[flag] ?? []).map(String);
    return `${arg} needs a value${choices.length > 0 ? `: ${listing(choices)}` : ''}`;
  }
  return undefined;
}

/** One name yargs did not know: a flag (`--formt`, `-x`) or a command (`scna`), with the nearest known one. */
function unknownArgument(name: string, argv: readonly string[], known: { commands: readonly string[]; flags: readonly string[] }): string {
  const end = argv.indexOf('--');
  const given = end === -1 ? argv : argv.slice(0, end);
  const dashes = name.length === 1 ? '-' : '--';
  const written = (flag: string): boolean => given.some((arg) => arg === flag || arg.startsWith(`${flag}=`));
  // yargs names `--no-colr` by the flag it would negate, `colr`.
  const negated = name.length > 1 && !written(`--${name}`) && written(`--no-${name}`);
  if (negated || written(`${dashes}${name}`)) {
    const nearest = name.length > 1 ? closest(name, known.flags) : undefined;
    const prefix = negated ? `--no-` : dashes;
    return `unknown flag ${prefix}${name}${nearest ? `; did you mean ${prefix}${nearest}?` : ''}`;
  }
  if (given.find((arg) => !arg.startsWith('-')) === name) {
    const nearest = closest(name, known.commands);
    return `unknown command ${name}; ${nearest ? `did you mean ${nearest}?` : `the commands are ${listing(known.commands)}`}`;
  }
  return `unexpected argument ${name}`;
}

/** `a, b or c`. */
function listing(names: readonly string[]): string {
  return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}
