import { Unknown } from '../../constructs/rules';
import { decodedLength, isBase64, secretInText, VM_DATA_RULES, VmDataFacts } from '../../constructs/windows/vm-data-rules';
import { evaluateWellFormed } from '../support/finding-contract';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const ids = (f: VmDataFacts) => evaluateWellFormed(VM_DATA_RULES, f, 'vm').map((v) => `${v.ruleId} ${v.severity} ${v.attribute}`);

describe('base64 as azurerm reads it', () => {
  test('accepts padded standard base64 with line breaks, as Go does', () => {
    expect(['QQ==', 'QUI=', 'QUJD', 'QUJD\nREVG', 'QUJD\r\nREVG', b64('x'.repeat(100))].every(isBase64)).toBe(true);
  });
  test('fails text, a missing padding, the URL alphabet, spaces and an empty string', () => {
    expect(['', 'hello world', 'QQ', 'QUJ', 'a-_b', 'QU JD', 'QQ=A', 'Q===', '===='].filter(isBase64)).toEqual([]);
  });
  test('counts the decoded bytes', () => {
    expect([decodedLength('QQ=='), decodedLength('QUI='), decodedLength('QUJD'), decodedLength(b64('é'.repeat(10)))]).toEqual([1, 2, 3, 20]);
  });
});

describe('user data and custom data of a Windows VM', () => {
  test('base64 within the limits and without a secret passes; a value known at apply is not judged', () => {
    expect(ids({ userData: b64('Install-WindowsFeature Web-Server'), customData: b64('{"role":"web"}') })).toEqual([]);
    expect(ids({ userData: new Unknown('base64encode(var.script)') })).toEqual([]);
  });

  test('fails text that is not base64, in either attribute, without showing it', () => {
    expect(ids({ userData: 'Install-WindowsFeature Web-Server', customData: '' })).toEqual(['WIN-VM-DATA-BASE64 error user_data', 'WIN-VM-DATA-BASE64 error custom_data']);
    const [v] = evaluateWellFormed(VM_DATA_RULES, { customData: 'secret text' }, 'vm');
    expect(v.message).toBe('custom_data is not base64 (11 characters, value hidden)');
    expect(JSON.stringify(v)).not.toContain('secret text');
  });

  test('fails custom data over 65,535 decoded bytes and user data over 64 KB, at the exact limits', () => {
    expect(ids({ customData: b64('a'.repeat(65535)), userData: b64('a'.repeat(65536)) })).toEqual([]);
    expect(ids({ customData: b64('a'.repeat(65536)), userData: b64('a'.repeat(65537)) })).toEqual(['WIN-VM-DATA-SIZE error user_data', 'WIN-VM-DATA-SIZE error custom_data']);
    const [v] = evaluateWellFormed(VM_DATA_RULES, { customData: b64('a'.repeat(65536)) }, 'vm');
    expect(v.message).toBe('custom_data decodes to 65536 bytes, more than the 65535 Azure accepts');
  });

  test('warns of what looks like a secret, never of a reference to a variable', () => {
    for (const script of ['$password = "Sup3rS3cret!"', 'ConvertTo-SecureString "P@ssw0rd123" -AsPlainText -Force', 'net user deploy Passw0rd! /add', 'DefaultEndpointsProtocol=https;AccountName=x;AccountKey=abcdefghijklmnop==', 'client_secret: s3cr3tvalue']) {
      expect([script, ids({ userData: b64(script) })]).toEqual([script, ['WIN-VM-DATA-SECRET warning user_data']]);
    }
    for (const script of ['$password = $env:ADMIN_PASSWORD', 'ConvertTo-SecureString $secret -AsPlainText -Force', 'net user deploy * /add', 'password: ${ADMIN_PASSWORD}', 'Set-Content password.txt -Value (Get-Secret)', 'Install-WindowsFeature Web-Server']) {
      expect([script, secretInText(script)]).toEqual([script, undefined]);
    }
    const [v] = evaluateWellFormed(VM_DATA_RULES, { customData: b64('$password = "Sup3rS3cret!"') }, 'vm');
    expect(JSON.stringify(v)).not.toContain('Sup3rS3cret');
  });
});

describe('what looks like a secret in user or custom data', () => {
  test('names each kind, and matches key names in any case, quoted or not, short or joined, across any run of spaces or tabs', () => {
    const found: [string, string | undefined][] = [
      ['passwd: hunter22', 'a password or key assignment'],
      ['PWD=abcd', 'a password or key assignment'],
      ['"password": "s3cr3tvalue"', 'a password or key assignment'],
      ["secret='abcdef'", 'a password or key assignment'],
      ['ClientSecret = s3cr3tvalue', 'a password or key assignment'],
      ['api_key=0123456789', 'a password or key assignment'],
      ['apikey: 0123456789', 'a password or key assignment'],
      ['ACCESS_KEY=AKIA0123', 'a password or key assignment'],
      ['account_key=abcd==', 'a password or key assignment'],
      ['sas_token=sv2022sig', 'a password or key assignment'],
      ['ConvertTo-SecureString -String "P@ssw0rd123" -AsPlainText -Force', 'ConvertTo-SecureString with a plain-text literal'],
      ["convertto-securestring 'P@ss' -asplaintext", 'ConvertTo-SecureString with a plain-text literal'],
      ['NET USER deploy Passw0rd! /ADD', "a 'net user' command with a password"],
      ['Server=tcp:x;Password=Sup3rS3cret;', 'a password or key assignment'],
      ['Endpoint=sb://x/;SharedAccessKeyName=k;SharedAccessKey=abcdefgh12', 'a connection string with a key or password'],
      ['pass=abcd1234', 'a password or key assignment'],
      ['accesskey=AKIA0123', 'a password or key assignment'],
      ['AccountKey = abcd1234', 'a password or key assignment'],
      ['ConvertTo-SecureString  -String  "P@ssw0rd123"  -AsPlainText', 'ConvertTo-SecureString with a plain-text literal'],
      ['ConvertTo-SecureString\t"P@ssw0rd123"\t-AsPlainText', 'ConvertTo-SecureString with a plain-text literal'],
      ['net  user  deploy  Passw0rd!  /add', "a 'net user' command with a password"],
    ];
    expect(found.map(([text]) => [text, secretInText(text)])).toEqual(found);
  });

  test('says nothing of short values, variable references, prompts and plain settings', () => {
    for (const text of ['password=abc', 'password = $secret', 'password: %PASSWORD%', 'password={{secret}}', 'password=<set-me>', 'passwords are rotated nightly', 'mypassword', 'compass=north1234', 'SharedAccessKey=short', 'ConvertTo-SecureString "$pw" -AsPlainText', 'net user deploy /add', 'net user deploy * /add']) {
      expect([text, secretInText(text)]).toEqual([text, undefined]);
    }
  });
});

describe('what the user and custom data rules say', () => {
  test('tells a construct user which VmData factory to use', () => {
    const [v] = evaluateWellFormed(VM_DATA_RULES, { userData: 'plain text' }, 'vm');
    expect([v.fix, v.constructFix]).toEqual(['encode it: user_data = base64encode(...)', 'pass userData: VmData.fromText(...) for text, VmData.fromBase64(...) only for a value already encoded']);
  });

  test('counts the decoded bytes of base64 written over several lines', () => {
    expect(decodedLength('QUJD\nREVG')).toBe(6);
    expect(decodedLength('QUJD\r\nREU=')).toBe(5);
  });

  test('does not decode a value that is not base64: no secret warning, only the encoding error', () => {
    const unpadded = b64('password=Sup3rS3cret').replace(/=+$/, '');
    expect(unpadded.length % 4).not.toBe(0);
    expect(ids({ customData: unpadded })).toEqual(['WIN-VM-DATA-BASE64 error custom_data']);
  });
});

