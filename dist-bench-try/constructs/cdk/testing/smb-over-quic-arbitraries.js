"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.smbOverQuicSettings = smbOverQuicSettings;
const arbitrary_parts_1 = require("./arbitrary-parts");
const SERVER_AUTH = '1.3.6.1.5.5.7.3.1';
const CLIENT_AUTH = '1.3.6.1.5.5.7.3.2';
/** A DNS name of two to four labels, the last one alphabetic. */
const fqdn = (fc) => fc.tuple(fc.array(fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?$/), { minLength: 1, maxLength: 3 }), fc.constantFrom('com', 'net', 'org', 'fr')).map(([labels, tld]) => [...labels, tld].join('.'));
function validCertificate(fc) {
    const usages = {
        extendedKeyUsage: fc.option(fc.constantFrom([SERVER_AUTH], [SERVER_AUTH, CLIENT_AUTH]), { nil: undefined }),
        keyUsage: fc.option(fc.constantFrom(['digitalSignature'], ['digitalSignature', 'keyEncipherment']), { nil: undefined }),
    };
    return fc.oneof(fc.record({ keyType: fc.constantFrom('EC', 'EC-HSM'), curve: fc.option(fc.constantFrom('P-256', 'P-384', 'P-521'), { nil: undefined }), ...usages }).map(arbitrary_parts_1.withoutUndefined), fc.record({ keyType: fc.constantFrom('RSA', 'RSA-HSM'), keySize: fc.option(fc.constantFrom(2048, 3072, 4096), { nil: undefined }), ...usages }).map(arbitrary_parts_1.withoutUndefined));
}
/**
 * Settings of SMB over QUIC on a VM whose image supports it (Windows Server 2022 or 2025 Azure Edition). Valid-only
 * settings hold on every such image, so they leave client access control out (2025 only); the whole input space
 * holds IP addresses and bare host names as server names, weak keys, missing usages, no source, a service tag among
 * several sources, malformed certificate hashes and the KDC proxy on the gateway's port 443.
 */
function smbOverQuicSettings(options = {}) {
    const fc = (0, arbitrary_parts_1.fastCheck)();
    const names = fc.uniqueArray(fqdn(fc), { minLength: 1, maxLength: 3, comparator: (a, b) => a.toLowerCase() === b.toLowerCase() });
    const singleSource = fc.constantFrom('Internet', 'VirtualNetwork', '*', '203.0.113.0/24', '2001:db8::/32');
    const cidrs = fc.array(fc.constantFrom('203.0.113.0/24', '198.51.100.7/32', '192.0.2.0/25', '2001:db8::/32'), { minLength: 2, maxLength: 3 });
    if (options.validOnly) {
        return fc
            .record({
            serverNames: names,
            allowedSourceAddressPrefixes: fc.oneof(singleSource.map((s) => [s]), cidrs),
            newCertificate: validCertificate(fc),
            kdcProxy: fc.option(fc.boolean(), { nil: undefined }),
            windowsAdminCenterGatewayPort: fc.option(fc.constant(6516), { nil: undefined }),
        })
            .map(arbitrary_parts_1.withoutUndefined);
    }
    const badName = fc.constantFrom('10.0.0.4', '2001:db8::10', 'files', 'files_01.contoso.com', '-files.contoso.com', 'files..contoso.com', 'files.contoso.123', '');
    const hash = (0, arbitrary_parts_1.mostly)(fc, ['a'.repeat(64), 'B'.repeat(64), '0123456789abcdef'.repeat(4)], ['abc', 'z'.repeat(64), 'a'.repeat(40)]);
    return fc
        .record({
        serverNames: fc.oneof({ weight: 6, arbitrary: names }, { weight: 1, arbitrary: fc.array(fc.oneof(fqdn(fc), badName), { maxLength: 3 }) }, { weight: 1, arbitrary: fqdn(fc).map((n) => [n, n.toUpperCase()]) }),
        allowedSourceAddressPrefixes: fc.oneof({ weight: 6, arbitrary: fc.oneof(singleSource.map((s) => [s]), cidrs) }, { weight: 1, arbitrary: fc.constantFrom([], ['Internet', '203.0.113.0/24'], ['10.0.0.0/8', 'AzureLoadBalancer'], ['*', '*']) }),
        newCertificate: fc.oneof({ weight: 4, arbitrary: validCertificate(fc) }, {
            weight: 1,
            arbitrary: fc
                .record({
                keyType: (0, arbitrary_parts_1.mostly)(fc, ['EC', 'EC-HSM', 'RSA', 'RSA-HSM'], ['DSA', 'ec']),
                keySize: fc.option((0, arbitrary_parts_1.mostly)(fc, [2048, 3072, 4096], [1024, 512]), { nil: undefined }),
                curve: fc.option((0, arbitrary_parts_1.mostly)(fc, ['P-256', 'P-384', 'P-521'], ['P-256K', 'secp256r1']), { nil: undefined }),
                extendedKeyUsage: fc.option((0, arbitrary_parts_1.mostly)(fc, [[SERVER_AUTH]], [[CLIENT_AUTH], []]), { nil: undefined }),
                keyUsage: fc.option((0, arbitrary_parts_1.mostly)(fc, [['digitalSignature']], [['keyEncipherment'], []]), { nil: undefined }),
            })
                .map((c) => (0, arbitrary_parts_1.withoutUndefined)(c)),
        }),
        clientAccessControl: fc.option(fc.record({ allowedClientCertificateSha256: fc.array(hash, { maxLength: 2 }) }), { nil: undefined, freq: 3 }),
        kdcProxy: fc.option(fc.boolean(), { nil: undefined }),
        windowsAdminCenterGatewayPort: fc.option(fc.constantFrom(443, 6516), { nil: undefined }),
    })
        .map(arbitrary_parts_1.withoutUndefined);
}
