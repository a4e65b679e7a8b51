/**
 * The in-guest configuration of SMB over QUIC, generated from validated inputs. The certificate thumbprint is a
 * script parameter (it is known only at apply); names and hashes are embedded only after the rules validated them
 * as DNS names and hex hashes, so nothing user-typed reaches the script unchecked. No secret is ever in it.
 */
export interface SmbOverQuicScriptOptions {
  readonly serverNames: readonly string[];
  readonly requireClientAuthentication: boolean;
  readonly allowedClientCertificateSha256: readonly string[];
  readonly kdcProxy: boolean;
}

const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;

export function smbOverQuicScript(o: SmbOverQuicScriptOptions): string {
  const lines = [
    'param([Parameter(Mandatory = $true)][string]$Thumbprint)',
    "$ErrorActionPreference = 'Stop'",
    `$names = @(${o.serverNames.map(quote).join(', ')})`,
    '# opt in: SMB over QUIC is never on by default on the server',
    "if ((Get-Command Set-SmbServerConfiguration).Parameters.ContainsKey('EnableSMBQUIC')) { Set-SmbServerConfiguration -EnableSMBQUIC $true -Force }",
    'foreach ($name in $names) {',
    '  # a renewed certificate has a new thumbprint: replace the mapping rather than keep a stale one',
    '  if (Get-SmbServerCertificateMapping -Name $name -ErrorAction SilentlyContinue) { Remove-SmbServerCertificateMapping -Name $name -Force }',
    `  New-SmbServerCertificateMapping -Name $name -Thumbprint $Thumbprint -StoreName My${o.requireClientAuthentication ? ' -RequireClientAuthentication $true' : ''} -Force | Out-Null`,
    '}',
  ];
  if (o.allowedClientCertificateSha256.length > 0) {
    lines.push(
      `$clients = @(${o.allowedClientCertificateSha256.map(quote).join(', ')})`,
      'foreach ($name in $names) { foreach ($hash in $clients) { Grant-SmbClientAccessToServer -Name $name -IdentifierType SHA256 -Identifier $hash -Force | Out-Null } }',
    );
  }
  if (o.kdcProxy) {
    lines.push(
      '# KDC proxy on TCP 443 so that clients outside the domain network can get Kerberos tickets',
      "$settings = 'HKLM:\\SYSTEM\\CurrentControlSet\\Services\\KPSSVC\\Settings'",
      "if (-not (netsh http show urlacl url=https://+:443/KdcProxy/ | Select-String 'KdcProxy')) { netsh http add urlacl url=https://+:443/KdcProxy user=\"NT authority\\Network Service\" | Out-Null }",
      'New-Item -Path $settings -Force | Out-Null',
      "Set-ItemProperty -Path $settings -Name 'HttpsClientAuth' -Value 0 -Type DWord -Force",
      "Set-ItemProperty -Path $settings -Name 'DisallowUnprotectedPasswordAuth' -Value 0 -Type DWord -Force",
      "Get-NetIPHttpsCertBinding -ErrorAction SilentlyContinue | Where-Object { $_ -match '0.0.0.0:443' } | ForEach-Object { netsh http delete sslcert ipport=0.0.0.0:443 | Out-Null }",
      'Add-NetIPHttpsCertBinding -IPPort 0.0.0.0:443 -CertificateHash $Thumbprint -CertificateStoreName My -ApplicationId "{$([Guid]::NewGuid())}" -NullEncryption $false',
      'Set-Service -Name kpssvc -StartupType Automatic',
      'Start-Service -Name kpssvc',
    );
  }
  return lines.join('\n') + '\n';
}
