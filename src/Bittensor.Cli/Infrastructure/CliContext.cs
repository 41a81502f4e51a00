namespace Bittensor.Cli.Infrastructure;

/// <summary>The streams a command writes to; injected so tests run the real commands in process.</summary>
public sealed class CliContext(TextWriter output, TextWriter error)
{
    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    /// <summary>Environment variables, standard input and the key cache (the process's by default).</summary>
    public CliEnvironment Environment { get; init; } = new();
}
