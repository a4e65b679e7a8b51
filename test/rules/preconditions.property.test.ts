import { test } from '@fast-check/jest';
import fc from 'fast-check';
import { computerNameProblems, COMPUTER_NAME_PATTERN, DIGITS_ONLY_PATTERN } from '../../constructs/windows/computer-name';
import { HCI_COMPUTER_NAME_PATTERN } from '../../constructs/azure-local/trusted-launch-rules';
import { modelHciComputerNameValid } from '../model/azure-local-facts';
import { modelComputerNameValid } from '../model/azure-edition-facts';
import { configureSeed, runs } from '../support/seed';

configureSeed('preconditions.property');

// The precondition patterns are RE2 (Terraform); with the `u` flag JavaScript counts code points as RE2 does.
const windowsName = (n: string) => new RegExp(COMPUTER_NAME_PATTERN, 'u').test(n) && !new RegExp(DIGITS_ONLY_PATTERN, 'u').test(n);
const name = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'aZ09-_.~!@#$%^&*()=+[]{}\\|;:\'",<>/? \t\u0000\u007f\u0085\u00a0\u2003\ufeffé名🚀'), maxLength: 18 }),
  fc.string({ unit: 'grapheme', maxLength: 18 }),
);

describe('preconditions say the same as the rules', () => {
  test.prop([name], { numRuns: runs(3_000) })('the Windows computer name precondition accepts exactly the names the rule and the model accept', (n) => {
    expect(windowsName(n)).toBe(computerNameProblems(n).length === 0);
    expect(windowsName(n)).toBe(modelComputerNameValid(n));
  });

  test.prop([name], { numRuns: runs(1_000) })('the Azure Local computer name precondition accepts exactly what the model accepts', (n) => {
    expect(new RegExp(HCI_COMPUTER_NAME_PATTERN, 'u').test(n)).toBe(modelHciComputerNameValid(n));
  });
});
