import { unknownSecurityProfileKeys } from '../../constructs/azure-local/vm-instance-body';

describe('keys of a VM instance security profile', () => {
  test('the keys of the API are known, at any depth', () => {
    expect(unknownSecurityProfileKeys({ securityProfile: { securityType: 'TrustedLaunch', enableTPM: true, uefiSettings: { secureBootEnabled: true } } })).toEqual([]);
    expect(unknownSecurityProfileKeys({})).toEqual([]);
    expect(unknownSecurityProfileKeys(undefined)).toEqual([]);
    expect(unknownSecurityProfileKeys({ securityProfile: '${var.profile}' })).toEqual([]);
  });
  test('fails every other key, with the known key of the same letters, without listing the children of an unknown key', () => {
    expect(unknownSecurityProfileKeys({ securityProfile: { security_type: 'TrustedLaunch', enable_tpm: true, uefi_settings: { secure_boot_enabled: true }, tpm: true } })).toEqual([
      { path: 'securityProfile.security_type', resembles: 'securityType' },
      { path: 'securityProfile.enable_tpm', resembles: 'enableTPM' },
      { path: 'securityProfile.uefi_settings', resembles: 'uefiSettings' },
      { path: 'securityProfile.tpm', resembles: undefined },
    ]);
    expect(unknownSecurityProfileKeys({ securityProfile: { uefiSettings: { 'secure-boot-enabled': true } } })).toEqual([{ path: 'securityProfile.uefiSettings.secure-boot-enabled', resembles: 'secureBootEnabled' }]);
  });
  test('fails a key named like an inherited property of objects', () => {
    expect(unknownSecurityProfileKeys({ securityProfile: { constructor: 1, toString: 2 } })).toEqual([
      { path: 'securityProfile.constructor', resembles: undefined },
      { path: 'securityProfile.toString', resembles: undefined },
    ]);
  });
});
