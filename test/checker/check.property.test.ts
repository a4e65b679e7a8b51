import { test } from '@fast-check/jest';
import { ValidationError } from '../../constructs';
import { checkResources } from '../../constructs/checker/check';
import { resourcesOfJson } from '../../constructs/checker/load';
import { expectedErrors } from '../model/windows-vm-model';
import { rawDataDisks, rawWindowsVm } from '../model/windows-vm-raw';
import { buildVm, PLANTED_LITERAL_PASSWORD } from '../support/build-vm';
import { configureSeed, runs } from '../support/seed';
import { vmConfig } from '../support/windows-vm-arbitraries';

configureSeed('checker.property');

const CONSTRUCT_ONLY = /^WSAE-/;
const errorIds = (json: object) =>
  [...new Set(checkResources(resourcesOfJson(JSON.stringify(json), 'main.tf.json')).filter((f) => f.severity === 'error').map((f) => f.ruleId))].sort();

describe('azguard check agrees with the constructs', () => {
  test.prop([vmConfig], { numRuns: runs(3_000) })('the checker refuses the raw Terraform JSON of a configuration with the rules the construct refuses it with', (c) => {
    const built = buildVm(c);
    const constructIds = built.error ? (built.error as ValidationError).ruleIds : [];
    if (!built.error) expect(errorIds(built.json)).toEqual([]);
    // raw JSON written from the model, not through the constructs
    const raw = { resource: { azurerm_windows_virtual_machine: { vm: rawWindowsVm(c, PLANTED_LITERAL_PASSWORD) }, ...rawDataDisks(c) } };
    const checkerIds = errorIds(raw);
    expect(checkerIds).toEqual(constructIds.filter((id) => !CONSTRUCT_ONLY.test(id)));
    expect(checkerIds).toEqual(expectedErrors(c).filter((id) => !CONSTRUCT_ONLY.test(id)));
  });
});
