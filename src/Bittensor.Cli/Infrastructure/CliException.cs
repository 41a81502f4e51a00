namespace Bittensor.Cli.Infrastructure;

/// <summary>A user-facing failure: its message is printed as one line on stderr and btcli exits 1.</summary>
public sealed class CliException : Exception
{
    public CliException(string message)
        : base(message)
    {
    }

    public CliException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CliException()
    {
    }
}
