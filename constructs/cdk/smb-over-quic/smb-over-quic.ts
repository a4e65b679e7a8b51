import type { KeyVaultCertificate } from '@cdktf/provider-azurerm/lib/key-vault-certificate';
import type { NetworkSecurityRule } from '@cdktf/provider-azurerm/lib/network-security-rule';
import type { VirtualMachineRunCommand } from '@cdktf/provider-azurerm/lib/virtual-machine-run-command';
import { Construct } from 'constructs';
import { applyRules, checkProps, ruleSet } from '../internal/apply-rules';
import { PropSchema } from '../../core/prop-types';
import { isListToken, list, maybe, maybeList } from '../internal/maybe';
import { WindowsServerAzureEditionVm } from '../windows/windows-server-azure-edition-vm';
import { SmbOverQuicCertificate } from './smb-over-quic-certificate';
import { SmbOverQuicFacts } from '../../smb-over-quic/smb-over-quic-facts';
import { SMB_OVER_QUIC_RULES } from '../../smb-over-quic/smb-over-quic-rules';
import { NETWORK_RULES, NsgRuleFacts } from '../../network/network-rules';
import { isKnown } from '../../core/unknown';
import { SMB_SCRIPT_PARAMETERS, smbOverQuicScript } from '../../smb-over-quic/smb-over-quic-script';
import { Fn, TerraformProvider } from 'cdktf';
import { PROVIDER_PROP } from '../internal/provider-prop';
import { loadOnce } from '../internal/load-once';

// provider classes load when a construct first needs them: importing the library stays cheap
const networkSecurityRuleModule = loadOnce(() => require('@cdktf/provider-azurerm/lib/network-security-rule') as typeof import('@cdktf/provider-azurerm/lib/network-security-rule'));
const virtualMachineRunCommandModule = loadOnce(() => require('@cdktf/provider-azurerm/lib/virtual-machine-run-command') as typeof import('@cdktf/provider-azurerm/lib/virtual-machine-run-command'));

/** Client access control of SMB over QUIC: which client certificates may connect. */
export interface SmbOverQuicClientAccessControl {
  /** Require a client certificate on every connection. @default true */
  readonly requireClientAuthentication?: boolean;
  /** SHA-256 hashes of the client certificates allowed to connect. @default none (any trusted client certificate) */
  readonly allowedClientCertificateSha256?: string[];
}

/** Props of {@link SmbOverQuic}. */
export interface SmbOverQuicProps {
  /** The file server. Its image must support SMB over QUIC. */
  readonly vm: WindowsServerAzureEditionVm;
  /** Every fully qualified DNS name clients use (never an IP address). */
  readonly serverNames: string[];
  /** The server certificate: an existing Key Vault certificate, or a new one. */
  readonly certificate: SmbOverQuicCertificate;
  /** The network security group of the VM's network interface or subnet, where the inbound rules go. */
  readonly networkSecurityGroup: { readonly name: string; readonly resourceGroupName: string };
  /** Sources allowed to reach UDP 443 (and TCP 443 for the KDC proxy): CIDRs or service tags, named explicitly. */
  readonly allowedSourceAddressPrefixes: string[];
  /** Destination of the inbound rules. @default 'VirtualNetwork' */
  readonly destinationAddressPrefix?: string;
  /** Priority of the first inbound rule; the KDC proxy rule takes the next one. @default 310 */
  readonly priority?: number;
  /** Client access control (Windows Server 2025 images). @default none */
  readonly clientAccessControl?: SmbOverQuicClientAccessControl;
  /** Configure a KDC proxy on TCP 443 (Kerberos for clients outside the domain network). @default false */
  readonly kdcProxy?: boolean;
  /** Port of a Windows Admin Center gateway on the same server, to detect a conflict with the KDC proxy. @default none */
  readonly windowsAdminCenterGatewayPort?: number;
  /** The azurerm provider of the certificate, the NSG rules and the run command. @default the VM's provider */
  readonly provider?: TerraformProvider;
  /** Tags of the certificate and the run command (the NSG rules take none). @default the VM's tags */
  readonly tags?: { [key: string]: string };
}

const REQ = { type: 'string', required: true } as const;

/** The runtime shape of {@link SmbOverQuicProps}. */
export const SMB_OVER_QUIC_PROPS: PropSchema = {
  vm: { type: { instance: WindowsServerAzureEditionVm, name: 'WindowsServerAzureEditionVm' }, required: true },
  serverNames: { type: 'string[]', required: true },
  certificate: { type: { instance: SmbOverQuicCertificate, name: 'SmbOverQuicCertificate' }, required: true },
  networkSecurityGroup: { type: { object: { name: REQ, resourceGroupName: REQ } }, required: true },
  allowedSourceAddressPrefixes: { type: 'string[]', required: true },
  destinationAddressPrefix: { type: 'string' },
  priority: { type: 'number', integer: true, min: 100, max: 4095 },
  clientAccessControl: { type: { object: { requireClientAuthentication: { type: 'boolean' }, allowedClientCertificateSha256: { type: 'string[]' } } } },
  kdcProxy: { type: 'boolean' },
  windowsAdminCenterGatewayPort: { type: 'number', integer: true, min: 1, max: 65535 },
  tags: { type: 'string-map' },
  provider: PROVIDER_PROP,
};

/** The runtime shape of the options of {@link SmbOverQuicCertificate.create}. */
export const NEW_CERTIFICATE_PROPS: PropSchema = {
  keyVaultId: REQ,
  name: REQ,
  keyType: { type: 'string' },
  keySize: { type: 'number', integer: true, min: 1 },
  curve: { type: 'string' },
  issuerName: { type: 'string' },
  validityInMonths: { type: 'number', integer: true, min: 1, max: 1200 },
  extendedKeyUsage: { type: 'string[]' },
  keyUsage: { type: 'string[]' },
};

/**
 * SMB over QUIC on a Windows Server Azure Edition file server: the server certificate (existing or new in Key Vault),
 * installed in the VM's LocalMachine My store; inbound UDP 443 from the named sources only (TCP 445 is never opened);
 * and the in-guest configuration (opt-in, certificate mapping per name, optional client access control and KDC
 * proxy) through a run command generated from typed inputs.
 */
export class SmbOverQuic extends Construct {
  /** The run command that configures SMB over QUIC in the guest. */
  /** The run command that configures SMB over QUIC on the server (construct id `Resource`). */
  public readonly resource: VirtualMachineRunCommand;
  /** The Key Vault certificate, when this construct created it. */
  public readonly certificate?: KeyVaultCertificate;
  /** The inbound NSG rules: UDP 443, and TCP 443 for the KDC proxy. */
  public readonly inboundRules: NetworkSecurityRule[];

  constructor(scope: Construct, id: string, props: SmbOverQuicProps) {
    super(scope, id);
    checkProps(this, SMB_OVER_QUIC_PROPS, props);
    if (props.certificate.options) checkProps(this, NEW_CERTIFICATE_PROPS, props.certificate.options);
    const vm = props.vm;
    const entry = vm.image.entry;
    const cac = props.clientAccessControl;
    const cert = props.certificate.newCertificateFacts();
    const facts: SmbOverQuicFacts = {
      imageSupportsSmbOverQuic: vm.image.supports('smb-over-quic'),
      imageSupportsClientAccessControl: entry?.smbClientAccessControl.supported ?? false,
      imageName: `'${vm.image.reference?.sku ?? vm.image.imageId}'`,
      serverNames: maybeList(props.serverNames),
      newCertificate: cert && {
        keyType: maybe(cert.keyType)!,
        keySize: maybe(cert.keySize),
        curve: maybe(cert.curve),
        extendedKeyUsage: cert.extendedKeyUsage.map((u) => maybe(u)!),
        keyUsage: cert.keyUsage.map((u) => maybe(u)!),
      },
      clientAccessControl: cac !== undefined,
      allowedClientCertificateSha256: maybeList(cac?.allowedClientCertificateSha256),
      allowedSourceAddressPrefixes: maybeList(props.allowedSourceAddressPrefixes),
      kdcProxy: props.kdcProxy === true,
      windowsAdminCenterGatewayPort: maybe(props.windowsAdminCenterGatewayPort),
      automanage: vm.automanaged,
    };
    // one source goes in the singular field, the only one that takes a service tag ('Internet', 'VirtualNetwork')
    const sources = list(props.allowedSourceAddressPrefixes)!;
    const single = !isListToken(props.allowedSourceAddressPrefixes) && sources.length === 1;
    const sourceFacts = isKnown(facts.allowedSourceAddressPrefixes) ? facts.allowedSourceAddressPrefixes : [facts.allowedSourceAddressPrefixes];
    // the inbound rules written below are checked by the rules of any NSG rule (the KDC proxy rule has the same sources)
    const inbound: NsgRuleFacts = { direction: 'Inbound', access: 'Allow', protocol: 'Udp', destinationPorts: ['443'], sources: sourceFacts, sourcePrefixList: single ? [] : sourceFacts };
    applyRules(this, SMB_OVER_QUIC_RULES, facts, ruleSet(NETWORK_RULES, inbound));

    const tags = props.tags ?? vm.tags;
    const provider = props.provider ?? vm.provider;
    const bound = props.certificate.bind(this, props.serverNames, tags, provider);
    this.certificate = bound.resource;
    vm.addKeyVaultCertificate(bound.keyVaultId, bound.secretId, 'My');

    const priority = props.priority ?? 310;
    const rule = (name: string, protocol: 'Udp' | 'Tcp', offset: number, description: string) =>
      new (networkSecurityRuleModule().NetworkSecurityRule)(this, name, {
        name: `${vm.node.id}-${name}`.replace(/[^A-Za-z0-9_.-]/g, '-'),
        provider,
        networkSecurityGroupName: props.networkSecurityGroup.name,
        resourceGroupName: props.networkSecurityGroup.resourceGroupName,
        priority: priority + offset,
        direction: 'Inbound',
        access: 'Allow',
        protocol,
        sourcePortRange: '*',
        destinationPortRange: '443',
        ...(single ? { sourceAddressPrefix: sources[0] } : { sourceAddressPrefixes: sources }),
        destinationAddressPrefix: props.destinationAddressPrefix ?? 'VirtualNetwork',
        description,
      });
    this.inboundRules = [rule('smb-over-quic-udp-443', 'Udp', 0, 'SMB over QUIC (UDP 443) from the named sources; TCP 445 stays closed')];
    if (props.kdcProxy) this.inboundRules.push(rule('kdc-proxy-tcp-443', 'Tcp', 1, 'KDC proxy (TCP 443) for SMB over QUIC clients'));

    this.resource = new (virtualMachineRunCommandModule().VirtualMachineRunCommand)(this, 'Resource', {
      name: 'smb-over-quic',
      provider,
      location: vm.location,
      virtualMachineId: vm.id,
      tags,
      source: {
        script: smbOverQuicScript({
          requireClientAuthentication: cac !== undefined && (cac.requireClientAuthentication ?? true),
          clientAccessControlList: cac?.allowedClientCertificateSha256 !== undefined,
          kdcProxy: props.kdcProxy === true,
        }),
      },
      parameter: [
        { name: SMB_SCRIPT_PARAMETERS.thumbprint, value: bound.thumbprint },
        { name: SMB_SCRIPT_PARAMETERS.serverNames, value: joined(props.serverNames) },
        ...(cac?.allowedClientCertificateSha256 !== undefined ? [{ name: SMB_SCRIPT_PARAMETERS.clientHashes, value: joined(cac.allowedClientCertificateSha256) }] : []),
      ],
    });
  }
}

/** A list as one comma-separated parameter value (a Terraform `join` when the list is a token). */
function joined(values: string[]): string {
  return isListToken(values) ? Fn.join(',', list(values)!) : values.join(',');
}
