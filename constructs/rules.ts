/**
 * The facts, rules, catalogs and checker without any cdktf import: for checkers, documentation and tests that need
 * no construct (loads in a fraction of the time of the full library).
 */
export * from './core/unknown';
export * from './core/rule';
export * from './core/sources';
export * from './core/validation-error';
export * from './windows/image-catalog';
export * from './windows/vm-sizes';
export * from './windows/computer-name';
export * from './windows/windows-vm-facts';
export * from './windows/windows-vm-rules';
export * from './windows/azure-edition-rules';
export * from './windows/image';
export * from './windows/image-selection';
export * from './windows/automanage-options';
export * from './core/rule-table';
export * from './docs/catalog-markdown';
export * from './rule-catalog';
export * from './azure-local/vm-instance-body';
export * from './azure-local/guest-image-support';
export * from './azure-local/trusted-launch-facts';
export * from './azure-local/trusted-launch-rules';
export * from './azure-local/marketplace-image-rules';
export * from './cdk/azure-local/azure-local-vm-image';
export * from './core/net';
export * from './smb-over-quic/smb-over-quic-facts';
export * from './smb-over-quic/smb-over-quic-rules';
export * from './smb-over-quic/smb-over-quic-script';
export * from './windows/nested-virtualization';
export * from './extended-network/extended-network-facts';
export * from './extended-network/extended-network-rules';
export * from './checker/raw-values';
export * from './checker/terraform-config';
export * from './checker/extract';
export * from './network/network-rules';
export * from './windows/scale-set-rules';
export * from './checker/check';
export * from './checker/load';
export * from './checker/report';
export * from './core/condition';
