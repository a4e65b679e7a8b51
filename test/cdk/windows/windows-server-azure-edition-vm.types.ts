/**
 * Compile-time tests, checked by `tsc --noEmit` (part of `npm test`): every `@ts-expect-error` line must fail to
 * compile, or tsc reports the directive as unused and the test run fails. Nothing here runs.
 */
import { TerraformStack } from 'cdktf';
import { WindowsServerAzureEditionImage, WindowsServerAzureEditionVm, WindowsServerAzureEditionVmBaseProps } from '../../../constructs';

declare const stack: TerraformStack;
declare const base: WindowsServerAzureEditionVmBaseProps;
declare const runtimeSku: string;

export function compileTimeSafety(): void {
  // a hotpatch-capable image: hotpatch on is the default and may be explicit
  new WindowsServerAzureEditionVm(stack, 'core', { ...base, image: WindowsServerAzureEditionImage.DATACENTER_2022_CORE, hotpatch: true });
  new WindowsServerAzureEditionVm(stack, 'core-off', { ...base, image: WindowsServerAzureEditionImage.DATACENTER_2022_CORE, hotpatch: false });
  new WindowsServerAzureEditionVm(stack, 'ws2025', { ...base, image: WindowsServerAzureEditionImage.DATACENTER_2025, rebootSetting: 'IfRequired' });

  // @ts-expect-error hotpatch on an image that cannot hotpatch does not compile
  new WindowsServerAzureEditionVm(stack, 'desktop', { ...base, image: WindowsServerAzureEditionImage.DATACENTER_2022, hotpatch: true });
  // @ts-expect-error nor on the small-disk Desktop Experience image
  new WindowsServerAzureEditionVm(stack, 'desktop-small', { ...base, image: WindowsServerAzureEditionImage.DATACENTER_2022_SMALLDISK, hotpatch: true });
  // @ts-expect-error nor on a custom image
  new WindowsServerAzureEditionVm(stack, 'custom', { ...base, image: WindowsServerAzureEditionImage.fromImageId('/subscriptions/x/images/y'), hotpatch: true });

  // @ts-expect-error a hotpatch image always patches by platform
  new WindowsServerAzureEditionVm(stack, 'core-os', { ...base, image: WindowsServerAzureEditionImage.DATACENTER_2022_CORE, patchMode: 'AutomaticByOS' });
  // @ts-expect-error a hotpatch image needs the VM agent
  new WindowsServerAzureEditionVm(stack, 'core-agent', { ...base, image: WindowsServerAzureEditionImage.DATACENTER_2025_CORE, provisionVmAgent: false });
  // @ts-expect-error a hotpatch image needs automatic updates on
  new WindowsServerAzureEditionVm(stack, 'core-updates', { ...base, image: WindowsServerAzureEditionImage.DATACENTER_2025_CORE, automaticUpdates: false });
  // @ts-expect-error hotpatch (on by default) never with the safety-check bypass
  new WindowsServerAzureEditionVm(stack, 'core-bypass', { ...base, image: WindowsServerAzureEditionImage.DATACENTER_2022_HOTPATCH, bypassPlatformSafetyChecksOnUserSchedule: true });
  // with hotpatch off the bypass is allowed
  new WindowsServerAzureEditionVm(stack, 'core-bypass-off', { ...base, image: WindowsServerAzureEditionImage.DATACENTER_2022_HOTPATCH, hotpatch: false, bypassPlatformSafetyChecksOnUserSchedule: true });

  // @ts-expect-error patch modes are a closed set
  new WindowsServerAzureEditionVm(stack, 'bad-mode', { ...base, image: WindowsServerAzureEditionImage.DATACENTER_2022, patchMode: 'automaticbyplatform' });

  // an image chosen at run time: the type cannot know, so the runtime rules decide
  new WindowsServerAzureEditionVm(stack, 'runtime', { ...base, image: WindowsServerAzureEditionImage.fromSku(runtimeSku), hotpatch: true });

  // @ts-expect-error image is required
  new WindowsServerAzureEditionVm(stack, 'no-image', { ...base });
}
