namespace Bittensor.Cli.Infrastructure;

/// <summary>The streams a command writes to; injected so tests run the real commands in process.</summary>
public sealed class CliContext(TextWriter output, TextWriter error)
{
    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;
}
