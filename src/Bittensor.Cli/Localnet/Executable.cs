namespace Bittensor.Cli.Localnet;

/// <summary>A resolved program: the file to start and the arguments that precede the command's own (the .dll under <c>dotnet</c>).</summary>
public sealed record Executable(string FileName, IReadOnlyList<string> PrefixArguments)
{
    /// <summary>How it is shown in messages.</summary>
    public override string ToString() => PrefixArguments.Count == 0 ? FileName : $"{FileName} {string.Join(' ', PrefixArguments)}";
}
