"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.imageCatalogMarkdown = imageCatalogMarkdown;
const rule_table_1 = require("../core/rule-table");
const guest_image_support_1 = require("../azure-local/guest-image-support");
const image_catalog_1 = require("../windows/image-catalog");
const nested_virtualization_1 = require("../windows/nested-virtualization");
const vm_sizes_1 = require("../windows/vm-sizes");
const yesNo = (c) => `${c.supported ? 'yes' : 'no'}${c.note ? '*' : ''}`;
/**
 * Markdown reference of the image catalogs: every Azure Edition SKU with its capabilities and their sources, and the
 * dated Azure Local guest image support policies. Generated so that the documentation never drifts from the data.
 */
function imageCatalogMarkdown() {
    const facts = (e) => {
        const all = [
            ...image_catalog_1.AZURE_EDITION_FEATURES.map((f) => [f, e.capabilities[f]]),
            ['trusted launch', e.trustedLaunch],
            ['smb client access control', e.smbClientAccessControl],
        ];
        return all.map(([name, c]) => `- ${name}: ${c.supported ? 'yes' : 'no'}. Source: ${c.source}${c.note ? `. Note: ${c.note}` : ''}`).join('\n');
    };
    const images = [
        '| sku | year | install option | disk | generation | hotpatch | smb over quic | extended network | smb client access control |',
        '|---|---|---|---|---|---|---|---|---|',
        ...image_catalog_1.AZURE_EDITION_IMAGES.map((e) => `| \`${e.sku}\` | ${e.year} | ${e.installOption} | ${e.diskVariant} | ${e.generation} | ${yesNo(e.capabilities.hotpatch)} | ${yesNo(e.capabilities['smb-over-quic'])} | ${yesNo(e.capabilities['extended-network'])} | ${yesNo(e.smbClientAccessControl)} |`),
    ].join('\n');
    const details = image_catalog_1.AZURE_EDITION_IMAGES.map((e) => `### \`${e.sku}\`\n\n${facts(e)}`).join('\n\n');
    const policies = guest_image_support_1.GUEST_IMAGE_SUPPORT_POLICIES.map((p) => {
        const listed = (p.images ?? []).map((i) => `- ${i.name}: \`${i.publisher}:${i.offer}:${i.sku}:${i.version}\`${i.note ? ` (note: ${i.note})` : ''}`);
        return [`### \`${p.name}\` (${p.date})`, '', `${p.summary[0].toUpperCase()}${p.summary.slice(1)}. Source: ${(0, rule_table_1.cell)(p.source)}`, ...(listed.length > 0 ? ['', ...listed] : [])].join('\n');
    }).join('\n\n');
    return [
        '# Image catalogs',
        '',
        'Generated from the catalogs by `npm run docs`; do not edit by hand. A star marks a fact with a note (an inference or a limit), given with its source below.',
        '',
        '## Windows Server Datacenter: Azure Edition',
        '',
        images,
        '',
        details,
        '',
        '## VM size families',
        '',
        'Size names are matched case-insensitively against these patterns; a size outside every list is accepted (generation 2) or warned about (nested virtualization).',
        '',
        '| family | pattern | generation 2 | nested virtualization | source |',
        '|---|---|---|---|---|',
        ...vm_sizes_1.GEN1_ONLY_FAMILIES.map((f) => `| ${(0, rule_table_1.cell)(f.family)} | \`${(0, rule_table_1.cell)(f.pattern.source)}\` | no | | ${(0, rule_table_1.cell)(f.source)} |`),
        ...nested_virtualization_1.NESTED_VIRTUALIZATION_FAMILIES.map((f) => `| ${(0, rule_table_1.cell)(f.family)} | \`${(0, rule_table_1.cell)(f.pattern.source)}\` | | yes | ${(0, rule_table_1.cell)(nested_virtualization_1.NESTED_VIRTUALIZATION_SOURCE)} |`),
        ...nested_virtualization_1.NO_NESTED_VIRTUALIZATION_FAMILIES.map((f) => `| ${(0, rule_table_1.cell)(f.family)} | \`${(0, rule_table_1.cell)(f.pattern.source)}\` | | no | ${(0, rule_table_1.cell)(nested_virtualization_1.NESTED_VIRTUALIZATION_SOURCE)} |`),
        '',
        '## Azure Local guest images for trusted launch',
        '',
        policies,
        '',
    ].join('\n');
}
