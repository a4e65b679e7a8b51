import { cell } from '../core/rule-table';
import { GUEST_IMAGE_SUPPORT_POLICIES } from '../azure-local/guest-image-support';
import { AZURE_EDITION_FEATURES, AZURE_EDITION_IMAGES, AzureEditionImageEntry, CapabilityFact } from '../windows/image-catalog';
import { NESTED_VIRTUALIZATION_FAMILIES, NESTED_VIRTUALIZATION_SOURCE, NO_NESTED_VIRTUALIZATION_FAMILIES } from '../windows/nested-virtualization';
import { GEN1_ONLY_FAMILIES } from '../windows/vm-sizes';

const yesNo = (c: CapabilityFact) => `${c.supported ? 'yes' : 'no'}${c.note ? '*' : ''}`;

/**
 * Markdown reference of the image catalogs: every Azure Edition SKU with its capabilities and their sources, and the
 * dated Azure Local guest image support policies. Generated so that the documentation never drifts from the data.
 */
export function imageCatalogMarkdown(): string {
  const facts = (e: AzureEditionImageEntry) => {
    const all: [string, CapabilityFact][] = [
      ...AZURE_EDITION_FEATURES.map((f): [string, CapabilityFact] => [f, e.capabilities[f]]),
      ['trusted launch', e.trustedLaunch],
      ['smb client access control', e.smbClientAccessControl],
    ];
    return all.map(([name, c]) => `- ${name}: ${c.supported ? 'yes' : 'no'}. Source: ${c.source}${c.note ? `. Note: ${c.note}` : ''}`).join('\n');
  };
  const images = [
    '| sku | year | install option | disk | generation | hotpatch | smb over quic | extended network | smb client access control |',
    '|---|---|---|---|---|---|---|---|---|',
    ...AZURE_EDITION_IMAGES.map(
      (e) =>
        `| \`${e.sku}\` | ${e.year} | ${e.installOption} | ${e.diskVariant} | ${e.generation} | ${yesNo(e.capabilities.hotpatch)} | ${yesNo(e.capabilities['smb-over-quic'])} | ${yesNo(e.capabilities['extended-network'])} | ${yesNo(e.smbClientAccessControl)} |`,
    ),
  ].join('\n');
  const details = AZURE_EDITION_IMAGES.map((e) => `### \`${e.sku}\`\n\n${facts(e)}`).join('\n\n');
  const policies = GUEST_IMAGE_SUPPORT_POLICIES.map((p) => {
    const listed = (p.images ?? []).map((i) => `- ${i.name}: \`${i.publisher}:${i.offer}:${i.sku}:${i.version}\`${i.note ? ` (note: ${i.note})` : ''}`);
    return [`### \`${p.name}\` (${p.date})`, '', `${p.summary[0].toUpperCase()}${p.summary.slice(1)}. Source: ${cell(p.source)}`, ...(listed.length > 0 ? ['', ...listed] : [])].join('\n');
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
    ...GEN1_ONLY_FAMILIES.map((f) => `| ${cell(f.family)} | \`${cell(f.pattern.source)}\` | no | | ${cell(f.source)} |`),
    ...NESTED_VIRTUALIZATION_FAMILIES.map((f) => `| ${cell(f.family)} | \`${cell(f.pattern.source)}\` | | yes | ${cell(NESTED_VIRTUALIZATION_SOURCE)} |`),
    ...NO_NESTED_VIRTUALIZATION_FAMILIES.map((f) => `| ${cell(f.family)} | \`${cell(f.pattern.source)}\` | | no | ${cell(NESTED_VIRTUALIZATION_SOURCE)} |`),
    '',
    '## Azure Local guest images for trusted launch',
    '',
    policies,
    '',
  ].join('\n');
}
