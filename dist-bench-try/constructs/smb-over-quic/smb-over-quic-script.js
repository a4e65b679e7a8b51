"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SMB_SCRIPT_PARAMETERS = void 0;
exports.smbOverQuicScript = smbOverQuicScript;
/** Names of the run command parameters the script takes. */
exports.SMB_SCRIPT_PARAMETERS = { thumbprint: 'Thumbprint', serverNames: 'ServerNames', clientHashes: 'ClientCertificateSha256' };
function smbOverQuicScript(o) {
    const lines = [
        `param([Parameter(Mandatory = $true)][string]$${exports.SMB_SCRIPT_PARAMETERS.thumbprint}, [Parameter(Mandatory = $true)][string]$${exports.SMB_SCRIPT_PARAMETERS.serverNames}${o.clientAccessControlList ? `, [string]$${exports.SMB_SCRIPT_PARAMETERS.clientHashes}` : ''})`,
        "$ErrorActionPreference = 'Stop'",
        `$names = $${exports.SMB_SCRIPT_PARAMETERS.serverNames} -split ',' | Where-Object { $_ }`,
        '# opt in: SMB over QUIC is never on by default on the server',
        "if ((Get-Command Set-SmbServerConfiguration).Parameters.ContainsKey('EnableSMBQUIC')) { Set-SmbServerConfiguration -EnableSMBQUIC $true -Force }",
        'foreach ($name in $names) {',
        '  # a renewed certificate has a new thumbprint: replace the mapping rather than keep a stale one',
        '  if (Get-SmbServerCertificateMapping -Name $name -ErrorAction SilentlyContinue) { Remove-SmbServerCertificateMapping -Name $name -Force }',
        `  New-SmbServerCertificateMapping -Name $name -Thumbprint $Thumbprint -StoreName My${o.requireClientAuthentication ? ' -RequireClientAuthentication $true' : ''} -Force | Out-Null`,
        '}',
    ];
    if (o.clientAccessControlList) {
        lines.push(`$clients = $${exports.SMB_SCRIPT_PARAMETERS.clientHashes} -split ',' | Where-Object { $_ }`, 'foreach ($name in $names) { foreach ($hash in $clients) { Grant-SmbClientAccessToServer -Name $name -IdentifierType SHA256 -Identifier $hash -Force | Out-Null } }');
    }
    if (o.kdcProxy) {
        lines.push('# KDC proxy on TCP 443 so that clients outside the domain network can get Kerberos tickets', "$settings = 'HKLM:\\SYSTEM\\CurrentControlSet\\Services\\KPSSVC\\Settings'", "if (-not (netsh http show urlacl url=https://+:443/KdcProxy/ | Select-String 'KdcProxy')) { netsh http add urlacl url=https://+:443/KdcProxy user=\"NT authority\\Network Service\" | Out-Null }", 'New-Item -Path $settings -Force | Out-Null', "Set-ItemProperty -Path $settings -Name 'HttpsClientAuth' -Value 0 -Type DWord -Force", "Set-ItemProperty -Path $settings -Name 'DisallowUnprotectedPasswordAuth' -Value 0 -Type DWord -Force", "Get-NetIPHttpsCertBinding -ErrorAction SilentlyContinue | Where-Object { $_ -match '0.0.0.0:443' } | ForEach-Object { netsh http delete sslcert ipport=0.0.0.0:443 | Out-Null }", 'Add-NetIPHttpsCertBinding -IPPort 0.0.0.0:443 -CertificateHash $Thumbprint -CertificateStoreName My -ApplicationId "{$([Guid]::NewGuid())}" -NullEncryption $false', 'Set-Service -Name kpssvc -StartupType Automatic', 'Start-Service -Name kpssvc');
    }
    return lines.join('\n') + '\n';
}
