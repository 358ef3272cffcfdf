# Written by ShareGuard test on 2026-12-02T17:00:00Z.
# Profile: example-locked-down
# Purpose: applies the profile's values.
# Detection script: exit 1 when any value differs (not compliant: the remediation runs), 0 otherwise.
# Intune Remediations: run in 64-bit PowerShell = Yes, as SYSTEM (logged-on credentials = No).
# Output stays under 2048 characters (Intune keeps no more); no reboot or service restart here.

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 2.0

# One row per value: Key below HKLM, Name, Kind (Absent = must not exist), Data, Restart.
$Expected = @(
    @{ Key = 'SYSTEM\CurrentControlSet\Services\LanmanServer\Parameters'; Name = 'AutoShareServer'; Kind = 'DWord'; Data = 0; Restart = 'server_service' }
    @{ Key = 'SYSTEM\CurrentControlSet\Services\LanmanServer\Parameters'; Name = 'AutoShareWks'; Kind = 'DWord'; Data = 0; Restart = 'server_service' }
    @{ Key = 'SYSTEM\CurrentControlSet\Control\Lsa'; Name = 'EveryoneIncludesAnonymous'; Kind = 'DWord'; Data = 0; Restart = 'none' }
    @{ Key = 'SYSTEM\CurrentControlSet\Services\LanmanServer\Parameters'; Name = 'NullSessionPipes'; Kind = 'MultiString'; Data = @(); Restart = 'none' }
    @{ Key = 'SYSTEM\CurrentControlSet\Services\LanmanServer\Parameters'; Name = 'NullSessionShares'; Kind = 'Absent'; Data = $null; Restart = 'none' }
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

$lines = New-Object System.Collections.Generic.List[string]
try {
    $differ = 0
    foreach ($row in $Expected) {
        $observed = Get-Observed $row
        $seen = Limit-Text (Format-Value $observed.Kind $observed.Data) $MaxData
        if (Test-Compliant $row $observed) {
            $lines.Add('OK ' + $row.Name + ': ' + $seen)
        } else {
            $differ++
            $want = Limit-Text (Format-Value $row.Kind $row.Data) $MaxData
            $lines.Add('DIFF ' + $row.Name + ': ' + $seen + ', expected ' + $want)
        }
    }
    if ($differ -eq 0) {
        $lines.Add('Compliant: ' + $Expected.Count + ' values checked.')
        $code = 0
    } else {
        $lines.Add('Not compliant: ' + $differ + ' of ' + $Expected.Count + ' values differ.')
        $code = 1
    }
} catch {
    # Compliance could not be shown: report it as not compliant.
    $lines.Add('ERROR: ' + (Limit-Text $_.Exception.Message $MaxError))
    $code = 1
}
foreach ($line in $lines) { Write-Output $line }
exit $code
