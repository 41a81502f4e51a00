using Bittensor.Sdk.Wallets;

namespace Bittensor.Sdk.Tests.Support;

/// <summary>Shared test state: one derived-key cache so the whole run pays Argon2i (512 MiB) once per password.</summary>
internal static class TestKeys
{
    public const string Password = "correct horse battery staple";

    public static NaclKeyCache Cache { get; } = new();
}
