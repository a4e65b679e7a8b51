// Written as a platform team writes the tests of its own stacks: only the package's public entry points.
import 'azure-guardrails-cdktf/jest';
import fc from 'fast-check';
import { App, Testing } from 'cdktf';
import { ValidationError, WindowsServerAzureEditionImage } from 'azure-guardrails-cdktf';
import { checkStack } from 'azure-guardrails-cdktf/testing';
import { assertGuardrailsProperty, azureEditionVmSettings } from 'azure-guardrails-cdktf/testing/arbitraries';
import { FleetConfig, FleetServer, PlatformFleetStack } from '../../stacks/platform-fleet-stack';

/** Fleets of one to three servers with distinct names, from the given server settings. */
const fleets = (server: fc.Arbitrary<FleetServer>): fc.Arbitrary<FleetConfig> =>
  fc.record({
    location: fc.constantFrom('westeurope', 'northeurope', 'francecentral'),
    servers: fc.uniqueArray(server, { minLength: 1, maxLength: 3, selector: (s) => s.name.toLowerCase() }),
  });

describe('PlatformFleetStack', () => {
  test('for any generated fleet of valid servers, the stack synthesizes and passes the guardrails (300 fleets, all of them run)', () => {
    const run = assertGuardrailsProperty(fleets(azureEditionVmSettings({ validOnly: true })), (config) => {
      const stack = new PlatformFleetStack(new App(), 'fleet', config);
      expect(() => Testing.synth(stack)).not.toThrow();
      expect(stack).toPassAzureGuardrails();
    }, { numRuns: 300 });
    expect(run.numRuns).toBe(300);
  });

  test('for any generated fleet, the synth is refused exactly when the guardrails report an error, with the same rule ids (300 fleets)', () => {
    const run = assertGuardrailsProperty(fleets(azureEditionVmSettings() as fc.Arbitrary<FleetServer>), (config) => {
      const stack = new PlatformFleetStack(new App(), 'fleet', config);
      const { errors } = checkStack(stack);
      let refused: string[] = [];
      try {
        Testing.synth(stack);
      } catch (e) {
        if (!(e instanceof ValidationError)) throw e;
        refused = e.ruleIds;
      }
      expect(refused).toEqual([...new Set(errors.map((f) => f.ruleId))].sort());
    }, { numRuns: 300 });
    expect(run.numRuns).toBe(300);
  });

  test('takes servers named like the stack\'s own resources (the property found "rg")', () => {
    const names = ['rg', 'vnet', 'servers', 'azurerm', 'web', 'web-nic'];
    const stack = new PlatformFleetStack(new App(), 'fleet', { location: 'westeurope', servers: names.map((name) => ({ name, size: 'Standard_D2s_v5', image: WindowsServerAzureEditionImage.DATACENTER_2025_CORE, adminUsername: 'fleetadmin' })) });
    expect(stack).toPassAzureGuardrails();
    expect(stack.servers.map((s) => s.node.path)).toEqual(names.map((n) => `fleet/${n}`));
  });

  test('fails the synth of a fleet whose server an override patches by the OS on a hotpatch image', () => {
    const app = new App({ outdir: require('fs').mkdtempSync(require('path').join(require('os').tmpdir(), 'fleet-')) });
    const stack = new PlatformFleetStack(app, 'fleet', { location: 'westeurope', servers: [{ name: 'web01', size: 'Standard_D2s_v5', image: WindowsServerAzureEditionImage.DATACENTER_2025_CORE, adminUsername: 'fleetadmin' }] });
    expect(stack).toPassAzureGuardrails();
    stack.servers[0].resource.addOverride('patch_mode', 'AutomaticByOS');
    expect(stack).toViolateAzureGuardrail('WIN-HOTPATCH-PATCH-MODE');
    expect(() => app.synth()).toThrow(/fleet\/web01\/Resource.*\[WIN-HOTPATCH-PATCH-MODE\] patch_mode:/);
  });

  test('fails with the seed and the smallest failing fleet when a property does not hold, and replays it from the seed', () => {
    const hotpatchOff = (config: FleetConfig) => config.servers.every((s) => s.hotpatch !== true);
    let message = '';
    try {
      assertGuardrailsProperty(fleets(azureEditionVmSettings({ validOnly: true })), hotpatchOff, { numRuns: 200, seed: 42 });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/^the property failed after \d+ of 200 cases; replay with \{ seed: 42, path: '[\d:]+' \}\nsmallest failing case: .*"hotpatch":true/);
    const path = /path: '([\d:]+)'/.exec(message)![1];
    expect(() => assertGuardrailsProperty(fleets(azureEditionVmSettings({ validOnly: true })), hotpatchOff, { seed: 42, path })).toThrow(/smallest failing case/);
  });
});
