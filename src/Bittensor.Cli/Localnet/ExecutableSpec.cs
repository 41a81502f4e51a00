namespace Bittensor.Cli.Localnet;

/// <summary>An executable btcli localnet starts: its assembly name, project (for the artifacts layout) and overrides.</summary>
public sealed record ExecutableSpec(string AssemblyName, string ProjectName, string Variable, string Option);
