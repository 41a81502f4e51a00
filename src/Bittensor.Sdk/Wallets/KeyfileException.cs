namespace Bittensor.Sdk.Wallets;

/// <summary>A keyfile could not be read, written, decrypted or parsed. The message says which file and why.</summary>
public class KeyfileException : Exception
{
    public KeyfileException()
    {
    }

    public KeyfileException(string message)
        : base(message)
    {
    }

    public KeyfileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
