import { mkdtempSync, symlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { loadInputs } from '../../constructs/checker/load';
import { sarifUri } from '../../constructs/checker/report';
import { InputError } from '../../constructs/checker/terraform-config';

const dir = () => mkdtempSync(join(tmpdir(), 'azguard-load-'));

async function inputError(paths: string[], maxBytes?: number): Promise<InputError> {
  try {
    await loadInputs(paths, () => '', maxBytes);
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an input error');
}

describe('reading inputs', () => {
  test('fails a device without end (/dev/zero) at the size limit, naming it', async () => {
    const e = await inputError(['/dev/zero'], 4 * 1024 * 1024);
    expect(e.message).toBe(`/dev/zero: holds more than the ${4 * 1024 * 1024} bytes azguard reads`);
  });

  test('fails a file larger than the limit before reading it', async () => {
    const file = join(dir(), 'big.tf.json');
    writeFileSync(file, JSON.stringify({ resource: {} }) + ' '.repeat(2048));
    expect((await inputError([file], 1024)).message).toMatch(/big\.tf\.json: is \d+ bytes, more than the 1024 azguard reads$/);
  });

  test('fails bytes that are not UTF-8 (Latin-1), instead of replacing them without a word', async () => {
    const file = join(dir(), 'latin1.tf.json');
    writeFileSync(file, Buffer.from('{"resource":{"azurerm_resource_group":{"r":{"name":"caf\xe9"}}}}', 'latin1'));
    expect((await inputError([file])).message).toMatch(/latin1\.tf\.json: is not UTF-8 text/);
  });

  test('names a symbolic link loop given directly', async () => {
    const d = dir();
    symlinkSync(join(d, 'b.tf.json'), join(d, 'a.tf.json'));
    symlinkSync(join(d, 'a.tf.json'), join(d, 'b.tf.json'));
    expect((await inputError([join(d, 'a.tf.json')])).message).toMatch(/a\.tf\.json: too many levels of symbolic links/);
  });

  test('keeps a parser message about a binary file to one short line', async () => {
    const file = join(dir(), 'binary.tf');
    writeFileSync(file, Buffer.from(Array.from({ length: 200_000 }, (_, i) => (i * 7919) % 128)).toString('utf8'));
    const e = await inputError([file]);
    expect(e.message.length).toBeLessThan(400);
    expect(e.message).not.toContain('\n');
    expect(e.message.startsWith(`${file}: `)).toBe(true);
  });

  test('reports a standard input that cannot be read (EBADF) as an input error of -', async () => {
    const closed = () => {
      throw Object.assign(new Error('EBADF: bad file descriptor, read'), { code: 'EBADF' });
    };
    let error: unknown;
    try {
      await loadInputs(['-'], closed);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe('-: cannot be read: EBADF: bad file descriptor, read');
  });
});

describe('SARIF locations', () => {
  test('percent-encode spaces and reserved characters of file names, segment by segment', () => {
    expect(sarifUri('cdktf.out/stacks/my stack/cdk.tf.json')).toBe('cdktf.out/stacks/my%20stack/cdk.tf.json');
    expect(sarifUri('./infra/a#b%c.tf')).toBe('infra/a%23b%25c.tf');
    expect(sarifUri('infra\\win\\main.tf')).toBe('infra/win/main.tf');
  });
});
