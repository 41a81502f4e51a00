namespace Bittensor.Sdk.Wallets;

/// <summary>The keyfile does not exist.</summary>
public sealed class KeyfileNotFoundException : KeyfileException
{
    public KeyfileNotFoundException()
    {
    }

    public KeyfileNotFoundException(string message)
        : base(message)
    {
    }

    public KeyfileNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
