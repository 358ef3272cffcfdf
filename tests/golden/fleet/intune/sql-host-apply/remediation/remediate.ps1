# Written by ShareGuard test on 2026-12-02T17:00:00Z.
# Profile: example-sql-host
# Purpose: applies the profile's values.
# Remediation script: writes or removes each differing value, checks again, exits 0 when all comply, else 1.
# Intune Remediations: run in 64-bit PowerShell = Yes, as SYSTEM (logged-on credentials = No).
# Output stays under 2048 characters (Intune keeps no more); no reboot or service restart here.
# It restarts nothing: values that need a Server-service restart or a reboot say so in the output.

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 2.0

# One row per value: Key below HKLM, Name, Kind (Absent = must not exist), Data, Restart.
$Expected = @(
    @{ Key = 'SYSTEM\CurrentControlSet\Services\LanmanServer\Parameters'; Name = 'AutoShareServer'; Kind = 'DWord'; Data = 1; Restart = 'server_service' }
    @{ Key = 'SYSTEM\CurrentControlSet\Services\LanmanServer\Parameters'; Name = 'AutoShareWks'; Kind = 'DWord'; Data = 1; Restart = 'server_service' }
    @{ Key = 'SYSTEM\CurrentControlSet\Control\Lsa'; Name = 'EveryoneIncludesAnonymous'; Kind = 'DWord'; Data = 0; Restart = 'none' }
    @{ Key = 'SYSTEM\CurrentControlSet\Services\LanmanServer\Parameters'; Name = 'NullSessionPipes'; Kind = 'MultiString'; Data = @(); Restart = 'none' }
    @{ Key = 'SYSTEM\CurrentControlSet\Services\LanmanServer\Parameters'; Name = 'NullSessionShares'; Kind = 'MultiString'; Data = @(); Restart = 'none' }
)
$MaxData = 32
$MaxError = 32

# The 64-bit view explicitly: a 32-bit host would otherwise be redirected.
$Hklm = [Microsoft.Win32.RegistryKey]::OpenBaseKey([Microsoft.Win32.RegistryHive]::LocalMachine, [Microsoft.Win32.RegistryView]::Registry64)

function Limit-Text([string]$Text, [int]$Max) {
    $clean = $Text -replace '[\x00-\x1f]', '?'
    if ($clean.Length -le $Max) { return $clean }
    return $clean.Substring(0, $Max - 3) + '...'
}

function Get-Observed($Row) {
    $key = $Hklm.OpenSubKey($Row.Key)
    if ($null -eq $key) { return @{ Kind = 'Absent'; Data = $null } }
    try {
        $value = $key.GetValue($Row.Name, $null, [Microsoft.Win32.RegistryValueOptions]::DoNotExpandEnvironmentNames)
        if ($null -eq $value) { return @{ Kind = 'Absent'; Data = $null } }
        $kind = $key.GetValueKind($Row.Name).ToString()
        if ($kind -eq 'DWord') {
            # GetValue returns a signed Int32; the registry holds an unsigned DWORD.
            $number = [int64]$value
            if ($number -lt 0) { $number += 4294967296 }
            return @{ Kind = $kind; Data = $number }
        }
        if ($kind -eq 'MultiString') {
            # Empty elements carry no name and are ignored, as the engine's rules do.
            $list = @($value | Where-Object { $_ -ne '' })
            return @{ Kind = $kind; Data = $list }
        }
        return @{ Kind = $kind; Data = $value }
    } finally {
        $key.Dispose()
    }
}

function Test-Compliant($Row, $Observed) {
    if ($Row.Kind -eq 'Absent') { return $Observed.Kind -eq 'Absent' }
    if ($Observed.Kind -cne $Row.Kind) { return $false }
    if ($Row.Kind -eq 'DWord') { return [int64]$Observed.Data -eq [int64]$Row.Data }
    if ($Row.Kind -eq 'String') {
        return [string]::Equals([string]$Observed.Data, [string]$Row.Data, [System.StringComparison]::Ordinal)
    }
    $seen = @($Observed.Data)
    $want = @($Row.Data)
    if ($seen.Count -ne $want.Count) { return $false }
    for ($i = 0; $i -lt $want.Count; $i++) {
        if (-not [string]::Equals([string]$seen[$i], [string]$want[$i], [System.StringComparison]::Ordinal)) {
            return $false
        }
    }
    return $true
}

function Format-Value([string]$Kind, $Data) {
    if ($Kind -eq 'Absent') { return 'absent' }
    if ($Kind -eq 'DWord') { return 'DWord ' + [string]$Data }
    if ($Kind -eq 'String') { return 'String "' + [string]$Data + '"' }
    if ($Kind -eq 'MultiString') { return 'MultiString {' + (@($Data) -join ', ') + '}' }
    return $Kind
}

function Set-Expected($Row) {
    if ($Row.Kind -eq 'Absent') {
        $key = $Hklm.OpenSubKey($Row.Key, $true)
        if ($null -eq $key) { return }
        try { $key.DeleteValue($Row.Name, $false) } finally { $key.Dispose() }
        return
    }
    $key = $Hklm.CreateSubKey($Row.Key)
    try {
        $kind = [Microsoft.Win32.RegistryValueKind]$Row.Kind
        if ($Row.Kind -eq 'DWord') {
            # SetValue takes a DWORD as a signed Int32: pass the same 32 bits.
            $value = [BitConverter]::ToInt32([BitConverter]::GetBytes([uint32]$Row.Data), 0)
        } elseif ($Row.Kind -eq 'MultiString') {
            $value = [string[]]@($Row.Data)
        } else {
            $value = [string]$Row.Data
        }
        $key.SetValue($Row.Name, $value, $kind)
    } finally {
        $key.Dispose()
    }
}

function Get-PendingNote([string]$Restart) {
    if ($Restart -eq 'server_service') { return '; restart of the Server service pending' }
    if ($Restart -eq 'reboot') { return '; reboot pending' }
    if ($Restart -eq 'reboot_if_smb1_installed') { return '; reboot pending if the SMBv1 server is installed' }
    if ($Restart -eq 'new_logon') { return '; applies to new network logons' }
    return ''
}

$lines = New-Object System.Collections.Generic.List[string]
try {
    $differ = 0
    foreach ($row in $Expected) {
        $before = Get-Observed $row
        if (Test-Compliant $row $before) {
            $lines.Add('OK ' + $row.Name + ': ' + (Limit-Text (Format-Value $before.Kind $before.Data) $MaxData))
            continue
        }
        $problem = ''
        try { Set-Expected $row } catch { $problem = ' (' + (Limit-Text $_.Exception.Message $MaxError) + ')' }
        $after = Get-Observed $row
        $want = Limit-Text (Format-Value $row.Kind $row.Data) $MaxData
        if (Test-Compliant $row $after) {
            $lines.Add('SET ' + $row.Name + ': ' + $want + (Get-PendingNote $row.Restart))
        } else {
            $differ++
            $seen = Limit-Text (Format-Value $after.Kind $after.Data) $MaxData
            $lines.Add('FAILED ' + $row.Name + ': ' + $seen + ', expected ' + $want + $problem)
        }
    }
    if ($differ -eq 0) {
        $lines.Add('Remediated: ' + $Expected.Count + ' values compliant.')
        $code = 0
    } else {
        $lines.Add('Not remediated: ' + $differ + ' of ' + $Expected.Count + ' values still differ.')
        $code = 1
    }
} catch {
    $lines.Add('ERROR: ' + (Limit-Text $_.Exception.Message $MaxError))
    $code = 1
}
foreach ($line in $lines) { Write-Output $line }
exit $code
