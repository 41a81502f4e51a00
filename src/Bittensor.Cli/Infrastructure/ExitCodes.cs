namespace Bittensor.Cli.Infrastructure;

/// <summary>btcli exits 0 on success and 1 on any failure (including an invalid signature in <c>keys verify</c>).</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
}
