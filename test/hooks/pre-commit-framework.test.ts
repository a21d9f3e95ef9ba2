/**
 * The hooks this repository ships for the pre-commit framework (`.pre-commit-hooks.yaml`), run by
 * the real framework (Debian's `pre-commit`, which `.ci/run` installs) from a clone at a tag, as
 * the README's `.pre-commit-config.yaml` example names them: that block is used as it is written,
 * only its `repo:` URL swapped for the clone, and installed with the command its comment gives,
 * then driven by real commits and real pushes to a local bare remote.
 *
 * The clone holds the working tree's hook manifest and command line, committed on top of HEAD,
 * so the test checks what would be committed now. The example's `rev:` is the release's tag,
 * `v<version>`: users get it from the release (docs/development.md, "Releasing"); a checkout of
 * this repository may not have it (CI's may hold no tags), so the test makes that tag in its own
 * clone, on the commit under test, as the release makes it on the release commit.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { expectNoSecrets, git, linesOf, makeTempDir, REPO_ROOT, runCli, runProcess, secretToken, writeFiles, type RunResult } from '../cli/run-cli.js';
import { markedBlocks } from '../support/doc-blocks.js';
import { requireTool } from '../support/tools.js';

const framework = requireTool('pre-commit', 'apt-get install pre-commit, or pip install pre-commit');

/** What the hooks need from this repository, copied from the working tree into the clone. */
const HOOK_FILES = ['.pre-commit-hooks.yaml', 'package.json', 'dist/bin', 'dist/hcl2json'];

/** The URL the README's example names, which the test swaps for its clone. */
const PUBLIC_URL = 'https://github.com/monime-guard/monime-guard';

/** The README's `.pre-commit-config.yaml` example, and the install command its first line gives. */
function readmeExample(): { config: string; install: string[] } {
  const [block] = markedBlocks('README.md', 'test/hooks/pre-commit-framework.test.ts');
  const install = /\(then: (pre-commit install[^)]*)\)/.exec(block!.text)?.[1];
  if (!install) throw new Error('README.md: the pre-commit example no longer says how to install it ("(then: pre-commit install …)")');
  return { config: block!.text, install: install.split(' ').slice(1) };
}

const version = (JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

describe("the pre-commit framework examples' rev", () => {
  it('is the tag of the release the package.json names, in the README, the hooks page and the hook manifest', () => {
    const readme = parse(readmeExample().config) as { repos: { repo: string; rev: string; hooks: { id: string }[] }[] };
    expect(readme.repos).toEqual([{ repo: PUBLIC_URL, rev: `v${version}`, hooks: [{ id: 'monime-guard' }, { id: 'monime-guard-pre-push' }] }]);
    const page = fs.readFileSync(path.join(REPO_ROOT, 'docs/commands/install-hooks.md'), 'utf8');
    const block = /```yaml\n(# \.pre-commit-config\.yaml\n[\s\S]*?)```/.exec(page)?.[1];
    expect(parse(block ?? '')).toEqual(readme);
    const manifest = fs.readFileSync(path.join(REPO_ROOT, '.pre-commit-hooks.yaml'), 'utf8');
    expect(manifest).toContain(`#     rev: v${version}\n`);
  });
});

describe.runIf(framework)("the pre-commit framework running this repository's hooks, configured as the README's example", () => {
  let home: string;
  let user: string;
  let remote: string;
  let installArgs: string[];

  /** Runs a command in the user's repository, as the framework's hooks would see it. */
  async function run(command: string, args: readonly string[]): Promise<RunResult & { output: string }> {
    const result = await runProcess(command, args, { cwd: user, env: { PRE_COMMIT_HOME: home }, timeoutMs: 120_000 });
    const output = result.stdout + result.stderr;
    expectNoSecrets(output, `output of ${command} ${args.join(' ')}`);
    return { ...result, output };
  }

  function commitFiles(files: Record<string, string>, message: string): void {
    writeFiles(user, files);
    git(user, ['add', '--', ...Object.keys(files)]);
    // --no-verify: the commit hook is not under test here; what the push sends is.
    git(user, ['commit', '-q', '--no-verify', '-m', message]);
  }

  beforeAll(() => {
    const base = makeTempDir('monime-guard-pre-commit-');
    home = path.join(base, 'cache');
    const guard = path.join(base, 'guard');
    git(base, ['clone', '-q', '--no-checkout', REPO_ROOT, guard]);
    git(guard, ['checkout', '-q', 'HEAD']);
    for (const file of HOOK_FILES) {
      fs.rmSync(path.join(guard, file), { recursive: true, force: true });
      fs.cpSync(path.join(REPO_ROOT, file), path.join(guard, file), { recursive: true });
    }
    git(guard, ['add', '-A', '--', ...HOOK_FILES]);
    git(guard, ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', 'commit', '-q', '--allow-empty', '-m', 'hooks as in the working tree']);
    // The tag users get from the release; here, on the commit under test (see the top).
    git(guard, ['tag', '-f', `v${version}`]);

    user = path.join(base, 'user');
    remote = path.join(base, 'remote.git');
    git(base, ['init', '-q', '--bare', remote]);
    git(base, ['init', '-q', '-b', 'main', user]);
    git(user, ['config', 'user.name', 'Test']);
    git(user, ['config', 'user.email', 'test@example.invalid']);
    git(user, ['remote', 'add', 'origin', remote]);
    const { config, install } = readmeExample();
    expect(config.split(`repo: ${PUBLIC_URL}\n`)).toHaveLength(2);
    writeFiles(user, { '.pre-commit-config.yaml': config.replace(`repo: ${PUBLIC_URL}\n`, `repo: ${guard}\n`) });
    installArgs = install;
  });

  it('installs both hook types, and its hooks from the clone at the commit', async () => {
    const installed = await run(framework!, installArgs);
    expect(installed.status, installed.output).toBe(0);
    expect(installed.output).toMatch(/pre-commit installed at \.git\/hooks\/pre-commit/);
    expect(installed.output).toMatch(/pre-commit installed at \.git\/hooks\/pre-push/);
    const hooks = await run(framework!, ['install-hooks']);
    expect(hooks.status, hooks.output).toBe(0);
  });

  it("leaves the framework's hooks to it when install-hooks is run, and says where monime-guard goes instead", async () => {
    const before = fs.readFileSync(path.join(user, '.git/hooks/pre-commit'), 'utf8');
    const refused = await runCli(['install-hooks', '--pre-commit', '--pre-push'], { cwd: user });
    expect(refused.status).toBe(2);
    expect(linesOf(refused.stderr)).toEqual([
      expect.stringMatching(/\.git\/hooks\/pre-commit belongs to the pre-commit framework: add the monime-guard hooks to \.pre-commit-config\.yaml instead/),
    ]);
    expect(fs.readFileSync(path.join(user, '.git/hooks/pre-commit'), 'utf8')).toBe(before);
  });

  it('lets a clean commit through', async () => {
    writeFiles(user, { 'README.md': '# app\n', 'src/app.js': 'export const token = process.env.MONIME_ACCESS_TOKEN;\n' });
    git(user, ['add', '-A']);
    const commit = await run('git', ['commit', '-m', 'clean start']);
    expect(commit.status, commit.output).toBe(0);
    expect(commit.output).toMatch(/monime-guard \(staged changes\)\.+Passed/);
  });

  it('stops a commit that adds a token, showing it masked and what to do', async () => {
    const token = secretToken('live');
    writeFiles(user, { 'src/pay.js': `const key = '${token}';\n` });
    git(user, ['add', 'src/pay.js']);
    const commit = await run('git', ['commit', '-m', 'add payments']);
    expect(commit.status).toBe(1);
    expect(commit.output).toMatch(/monime-guard \(staged changes\)\.+Failed/);
    expect(commit.output).toContain('src/pay.js');
    expect(commit.output).toContain(`${token.slice(0, 8)}…${token.slice(-4)}`);
    expect(commit.output).toContain('The commit was stopped before it was made');
    expect(git(user, ['log', '--format=%s']).trim().split('\n')).toEqual(['clean start']);
    git(user, ['rm', '-q', '--cached', 'src/pay.js']);
    fs.rmSync(path.join(user, 'src/pay.js'));
  });

  it('pushes a clean new branch whose history reaches the root commit', async () => {
    const push = await run('git', ['push', 'origin', 'main']);
    expect(push.status, push.output).toBe(0);
    expect(push.output).toMatch(/monime-guard \(commits to push\)\.+Passed/);
  });

  it('stops an update that sends a commit holding a token', async () => {
    const token = secretToken('test');
    commitFiles({ 'config/dev.js': `export default { key: '${token}' };\n` }, 'dev config');
    const push = await run('git', ['push', 'origin', 'main']);
    expect(push.status).toBe(1);
    expect(push.output).toMatch(/monime-guard \(commits to push\)\.+Failed/);
    expect(push.output).toContain('config/dev.js');
    expect(push.output).toContain(`${token.slice(0, 13)}…${token.slice(-4)}`);
    expect(push.output).toContain('The push was stopped');
    // A new branch from there sends the same commit, not reaching the root: stopped too.
    git(user, ['checkout', '-q', '-b', 'feature']);
    const branch = await run('git', ['push', 'origin', 'feature']);
    expect(branch.status).toBe(1);
    expect(branch.output).toContain('config/dev.js');
    git(user, ['checkout', '-q', 'main']);
  });

  it('pre-commit run --all-files finds the committed token, and passes once it is gone', async () => {
    const all = await run(framework!, ['run', '--all-files']);
    expect(all.status).toBe(1);
    expect(all.output).toContain('config/dev.js');
    // The history is rewritten: the token never reaches the remote.
    git(user, ['reset', '-q', '--hard', 'HEAD~1']);
    git(user, ['branch', '-q', '-D', 'feature']);
    const clean = await run(framework!, ['run', '--all-files']);
    expect(clean.status, clean.output).toBe(0);
  });

  it('stops a new branch with a token whose history reaches a root commit of its own', async () => {
    const token = secretToken('live');
    git(user, ['checkout', '-q', '--orphan', 'import']);
    git(user, ['rm', '-rq', '--cached', '.']);
    commitFiles({ 'legacy/settings.py': `MONIME_TOKEN = "${token}"\n` }, 'import legacy');
    const push = await run('git', ['push', 'origin', 'import']);
    expect(push.status).toBe(1);
    expect(push.output).toContain('legacy/settings.py');
    git(user, ['checkout', '-q', '-f', 'main']);
    git(user, ['branch', '-q', '-D', 'import']);
    git(user, ['clean', '-q', '-fd']);
  });

  it('lets clean updates, force pushes, tags and deletions through', async () => {
    commitFiles({ 'src/util.js': 'export const one = 1;\n' }, 'util');
    expect((await run('git', ['push', 'origin', 'main'])).status).toBe(0);
    git(user, ['checkout', '-q', '-b', 'topic']);
    commitFiles({ 'src/topic.js': 'export const two = 2;\n' }, 'topic');
    expect((await run('git', ['push', 'origin', 'topic'])).status).toBe(0);
    git(user, ['commit', '-q', '--amend', '--no-verify', '-m', 'topic, reworded']);
    const forced = await run('git', ['push', '--force', 'origin', 'topic']);
    expect(forced.status, forced.output).toBe(0);
    git(user, ['tag', '-a', 'v1.0.0', '-m', 'first release']);
    const tag = await run('git', ['push', 'origin', 'v1.0.0']);
    expect(tag.status, tag.output).toBe(0);
    const deleted = await run('git', ['push', 'origin', '--delete', 'topic']);
    expect(deleted.status, deleted.output).toBe(0);
    git(user, ['checkout', '-q', 'main']);
  });

  it('stops a force push that puts a token back', async () => {
    const token = secretToken('test');
    git(user, ['checkout', '-q', 'topic']);
    commitFiles({ 'src/topic.js': `export const two = '${token}';\n` }, 'topic with key');
    const forced = await run('git', ['push', '--force', 'origin', 'topic']);
    expect(forced.status).toBe(1);
    expect(forced.output).toContain('src/topic.js');
    git(user, ['checkout', '-q', 'main']);
  });
});
