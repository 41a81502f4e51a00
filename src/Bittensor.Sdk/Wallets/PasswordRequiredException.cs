namespace Bittensor.Sdk.Wallets;

/// <summary>The keyfile is encrypted and no password source produced a password.</summary>
public sealed class PasswordRequiredException : KeyfileException
{
    public PasswordRequiredException()
    {
    }

    public PasswordRequiredException(string message)
        : base(message)
    {
    }

    public PasswordRequiredException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
