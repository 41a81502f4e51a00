namespace Bittensor.Sdk.Wallets;

/// <summary>The password does not decrypt the keyfile (the MAC or HMAC did not verify).</summary>
public sealed class WrongPasswordException : KeyfileException
{
    public WrongPasswordException()
    {
    }

    public WrongPasswordException(string message)
        : base(message)
    {
    }

    public WrongPasswordException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
