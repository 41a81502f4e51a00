namespace Bittensor.Sdk.Wallets;

/// <summary>What a password is wanted for: the keyfile, its btwallet environment-variable name, and the format.</summary>
/// <param name="KeyfilePath">Full path of the keyfile.</param>
/// <param name="EnvironmentVariable">btwallet's <c>BT_PW_…</c> variable name for this keyfile.</param>
/// <param name="Encryption">The keyfile's encryption format.</param>
public sealed record PasswordRequest(string KeyfilePath, string EnvironmentVariable, KeyfileEncryption Encryption);
