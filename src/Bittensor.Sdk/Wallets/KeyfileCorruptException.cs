namespace Bittensor.Sdk.Wallets;

/// <summary>The keyfile's bytes are not a keyfile: truncated, not JSON, inconsistent keys, or an unknown format.</summary>
public sealed class KeyfileCorruptException : KeyfileException
{
    public KeyfileCorruptException()
    {
    }

    public KeyfileCorruptException(string message)
        : base(message)
    {
    }

    public KeyfileCorruptException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
