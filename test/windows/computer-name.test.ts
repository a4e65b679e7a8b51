import { computerNameProblems, computerNameTemplateProblems, templateLiterals } from '../../constructs/windows/computer-name';
import { adminUsernameProblems } from '../../constructs/windows/admin-username';

describe('literal parts of an interpolated name', () => {
  test.each<[string, ReturnType<typeof templateLiterals>]>([
    ['${var.env}-web', { text: '-web', endsWithLiteral: true }],
    ['web-${var.n}', { text: 'web-', endsWithLiteral: false }],
    ['a${var.x}b${var.y}', { text: 'ab', endsWithLiteral: false }],
    // braces and quotes inside an interpolation belong to it, a closing brace in a string included
    ['${lookup({ a = "}" }, "a")}-x', { text: '-x', endsWithLiteral: true }],
    ['${format("%s{", var.a)}-y', { text: '-y', endsWithLiteral: true }],
    ['${replace(var.a, "\\"}", "")}z', { text: 'z', endsWithLiteral: true }],
    // a dollar or a brace alone is a literal character
    ['${var.a}$-{b', { text: '$-{b', endsWithLiteral: true }],
    ['${TfToken[TOKEN.12]}-app', { text: '-app', endsWithLiteral: true }],
  ])('%s', (template, expected) => expect(templateLiterals(template)).toEqual(expected));

  test('not a template, a directive, an escape or an unclosed interpolation: nothing is read', () => {
    expect([templateLiterals('web-01'), templateLiterals('%{ if var.a }x%{ endif }'), templateLiterals('$${literal}'), templateLiterals('${var.a'), templateLiterals('${var.a}${')]).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});

describe('interpolated computer names that can never fit', () => {
  test('the literal characters alone over the limit, outside the alphabet, or a trailing dash of a full name', () => {
    expect(computerNameTemplateProblems('${var.env}-fileserver-001')).toEqual([]);
    expect(computerNameTemplateProblems('${var.env}-fileserver-0001')).toEqual(['its literal parts alone have 16 characters (at most 15 allowed)']);
    expect(computerNameTemplateProblems('${var.env}_web.01')).toEqual(['it contains "_" "."']);
    expect(computerNameTemplateProblems('web-${var.n}-')).toEqual(['it ends with a dash']);
    expect(computerNameTemplateProblems('web-${var.n}')).toEqual([]);
    expect(computerNameTemplateProblems('${var.a}-web-', 'prefix')).toEqual([]);
    expect(computerNameTemplateProblems('${var.a}websrv123', 'prefix')).toEqual([]);
    expect(computerNameTemplateProblems('${var.a}websrv1234', 'prefix')).toEqual(['its literal parts alone have 10 characters (at most 9 allowed)']);
    expect(computerNameTemplateProblems('not-a-template-but-far-too-long')).toEqual([]);
  });
});

describe('computer names and prefixes', () => {
  test('every problem, each said once', () => {
    expect(computerNameProblems('web_01.corp-')).toEqual(['it contains "_" "."', 'it ends with a dash']);
    expect(computerNameProblems('web-', 'prefix')).toEqual([]);
    expect(computerNameProblems('webservers', 'prefix')).toEqual(['it has 10 characters (1 to 9 allowed)']);
    expect(computerNameProblems('123456789', 'prefix')).toEqual(['it is only digits']);
  });
});

describe('administrator names', () => {
  test('each problem named, bytes counted as azurerm counts them', () => {
    expect(adminUsernameProblems(' ')).toEqual(['it is empty']);
    expect(adminUsernameProblems('a-name-of-21-letters!')).toEqual(['it has 21 characters (at most 20)']);
    expect(adminUsernameProblems('äöüäöüäöüäö')).toEqual(['it has 22 bytes (at most 20)']);
    expect(adminUsernameProblems('ops.')).toEqual(['it ends with a dot']);
    expect(adminUsernameProblems('guest')).toEqual(['it is a reserved name']);
    expect(adminUsernameProblems('Guest')).toEqual([]);
    expect(adminUsernameProblems('a-name-of-20-letter.')).toEqual(['it ends with a dot']);
  });
});
