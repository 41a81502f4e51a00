namespace Bittensor.Sdk.Wallets;

/// <summary>A keyfile already exists and overwriting was not requested.</summary>
public sealed class KeyfileExistsException : KeyfileException
{
    public KeyfileExistsException()
    {
    }

    public KeyfileExistsException(string message)
        : base(message)
    {
    }

    public KeyfileExistsException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
