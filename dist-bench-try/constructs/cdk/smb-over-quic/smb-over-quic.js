"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SmbOverQuic = exports.NEW_CERTIFICATE_PROPS = exports.SMB_OVER_QUIC_PROPS = void 0;
const constructs_1 = require("constructs");
const apply_rules_1 = require("../internal/apply-rules");
const maybe_1 = require("../internal/maybe");
const windows_server_azure_edition_vm_1 = require("../windows/windows-server-azure-edition-vm");
const smb_over_quic_certificate_1 = require("./smb-over-quic-certificate");
const smb_over_quic_rules_1 = require("../../smb-over-quic/smb-over-quic-rules");
const network_rules_1 = require("../../network/network-rules");
const unknown_1 = require("../../core/unknown");
const smb_over_quic_script_1 = require("../../smb-over-quic/smb-over-quic-script");
const cdktf_1 = require("cdktf");
const provider_prop_1 = require("../internal/provider-prop");
// provider classes load when a construct first needs them: importing the library stays cheap
const networkSecurityRuleModule = () => require('@cdktf/provider-azurerm/lib/network-security-rule');
const virtualMachineRunCommandModule = () => require('@cdktf/provider-azurerm/lib/virtual-machine-run-command');
const REQ = { type: 'string', required: true };
/** The runtime shape of {@link SmbOverQuicProps}. */
exports.SMB_OVER_QUIC_PROPS = {
    vm: { type: { instance: windows_server_azure_edition_vm_1.WindowsServerAzureEditionVm, name: 'WindowsServerAzureEditionVm' }, required: true },
    serverNames: { type: 'string[]', required: true },
    certificate: { type: { instance: smb_over_quic_certificate_1.SmbOverQuicCertificate, name: 'SmbOverQuicCertificate' }, required: true },
    networkSecurityGroup: { type: { object: { name: REQ, resourceGroupName: REQ } }, required: true },
    allowedSourceAddressPrefixes: { type: 'string[]', required: true },
    destinationAddressPrefix: { type: 'string' },
    priority: { type: 'number', integer: true, min: 100, max: 4095 },
    clientAccessControl: { type: { object: { requireClientAuthentication: { type: 'boolean' }, allowedClientCertificateSha256: { type: 'string[]' } } } },
    kdcProxy: { type: 'boolean' },
    windowsAdminCenterGatewayPort: { type: 'number', integer: true, min: 1, max: 65535 },
    tags: { type: 'string-map' },
    provider: provider_prop_1.PROVIDER_PROP,
};
/** The runtime shape of the options of {@link SmbOverQuicCertificate.create}. */
exports.NEW_CERTIFICATE_PROPS = {
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
class SmbOverQuic extends constructs_1.Construct {
    /** The run command that configures SMB over QUIC in the guest. */
    /** The run command that configures SMB over QUIC on the server (construct id `Resource`). */
    resource;
    /** The Key Vault certificate, when this construct created it. */
    certificate;
    /** The inbound NSG rules: UDP 443, and TCP 443 for the KDC proxy. */
    inboundRules;
    constructor(scope, id, props) {
        super(scope, id);
        (0, apply_rules_1.checkProps)(this, exports.SMB_OVER_QUIC_PROPS, props);
        if (props.certificate.options)
            (0, apply_rules_1.checkProps)(this, exports.NEW_CERTIFICATE_PROPS, props.certificate.options);
        const vm = props.vm;
        const entry = vm.image.entry;
        const cac = props.clientAccessControl;
        const cert = props.certificate.newCertificateFacts();
        const facts = {
            imageSupportsSmbOverQuic: vm.image.supports('smb-over-quic'),
            imageSupportsClientAccessControl: entry?.smbClientAccessControl.supported ?? false,
            imageName: `'${vm.image.reference?.sku ?? vm.image.imageId}'`,
            serverNames: (0, maybe_1.maybeList)(props.serverNames),
            newCertificate: cert && {
                keyType: (0, maybe_1.maybe)(cert.keyType),
                keySize: (0, maybe_1.maybe)(cert.keySize),
                curve: (0, maybe_1.maybe)(cert.curve),
                extendedKeyUsage: cert.extendedKeyUsage.map((u) => (0, maybe_1.maybe)(u)),
                keyUsage: cert.keyUsage.map((u) => (0, maybe_1.maybe)(u)),
            },
            clientAccessControl: cac !== undefined,
            allowedClientCertificateSha256: (0, maybe_1.maybeList)(cac?.allowedClientCertificateSha256),
            allowedSourceAddressPrefixes: (0, maybe_1.maybeList)(props.allowedSourceAddressPrefixes),
            kdcProxy: props.kdcProxy === true,
            windowsAdminCenterGatewayPort: (0, maybe_1.maybe)(props.windowsAdminCenterGatewayPort),
            automanage: vm.automanaged,
        };
        // one source goes in the singular field, the only one that takes a service tag ('Internet', 'VirtualNetwork')
        const sources = (0, maybe_1.list)(props.allowedSourceAddressPrefixes);
        const single = !(0, maybe_1.isListToken)(props.allowedSourceAddressPrefixes) && sources.length === 1;
        const sourceFacts = (0, unknown_1.isKnown)(facts.allowedSourceAddressPrefixes) ? facts.allowedSourceAddressPrefixes : [facts.allowedSourceAddressPrefixes];
        // the inbound rules written below are checked by the rules of any NSG rule (the KDC proxy rule has the same sources)
        const inbound = { direction: 'Inbound', access: 'Allow', protocol: 'Udp', destinationPorts: ['443'], sources: sourceFacts, sourcePrefixList: single ? [] : sourceFacts };
        (0, apply_rules_1.applyRules)(this, smb_over_quic_rules_1.SMB_OVER_QUIC_RULES, facts, (0, apply_rules_1.ruleSet)(network_rules_1.NETWORK_RULES, inbound));
        const tags = props.tags ?? vm.tags;
        const provider = props.provider ?? vm.provider;
        const bound = props.certificate.bind(this, props.serverNames, tags, provider);
        this.certificate = bound.resource;
        vm.addKeyVaultCertificate(bound.keyVaultId, bound.secretId, 'My');
        const priority = props.priority ?? 310;
        const rule = (name, protocol, offset, description) => new (networkSecurityRuleModule().NetworkSecurityRule)(this, name, {
            ...(0, provider_prop_1.providerOf)(provider),
            name: `${vm.node.id}-${name}`.replace(/[^A-Za-z0-9_.-]/g, '-'),
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
        if (props.kdcProxy)
            this.inboundRules.push(rule('kdc-proxy-tcp-443', 'Tcp', 1, 'KDC proxy (TCP 443) for SMB over QUIC clients'));
        this.resource = new (virtualMachineRunCommandModule().VirtualMachineRunCommand)(this, 'Resource', {
            ...(0, provider_prop_1.providerOf)(provider),
            name: 'smb-over-quic',
            location: vm.location,
            virtualMachineId: vm.id,
            ...(tags !== undefined ? { tags } : {}),
            source: {
                script: (0, smb_over_quic_script_1.smbOverQuicScript)({
                    requireClientAuthentication: cac !== undefined && (cac.requireClientAuthentication ?? true),
                    clientAccessControlList: cac?.allowedClientCertificateSha256 !== undefined,
                    kdcProxy: props.kdcProxy === true,
                }),
            },
            parameter: [
                { name: smb_over_quic_script_1.SMB_SCRIPT_PARAMETERS.thumbprint, value: bound.thumbprint },
                { name: smb_over_quic_script_1.SMB_SCRIPT_PARAMETERS.serverNames, value: joined(props.serverNames) },
                ...(cac?.allowedClientCertificateSha256 !== undefined ? [{ name: smb_over_quic_script_1.SMB_SCRIPT_PARAMETERS.clientHashes, value: joined(cac.allowedClientCertificateSha256) }] : []),
            ],
        });
    }
}
exports.SmbOverQuic = SmbOverQuic;
/** A list as one comma-separated parameter value (a Terraform `join` when the list is a token). */
function joined(values) {
    return (0, maybe_1.isListToken)(values) ? cdktf_1.Fn.join(',', (0, maybe_1.list)(values)) : values.join(',');
}
