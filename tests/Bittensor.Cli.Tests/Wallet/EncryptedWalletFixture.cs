using System.Text.Json;

namespace Bittensor.Cli.Tests.Wallet;

/// <summary>One wallet with a <c>$NACL</c> coldkey, created once per test class (Argon2i is ≈1 s per password).</summary>
public sealed class EncryptedWalletFixture : IDisposable
{
    public EncryptedWalletFixture()
    {
        Cli = new WalletCli();
        PasswordFile = Cli.PasswordFile();
        Created = Cli.Run("wallet", "create", "-p", Cli.WalletPath, "--wallet-name", "vault", "--hotkey", "hot", "--no-prompt", "--password-file", PasswordFile, "--json-output");
    }

    internal WalletCli Cli { get; }

    public string PasswordFile { get; }

    internal BtcliRunner.Result Created { get; }

    public JsonElement CreatedJson => Created.Json();

    public string ColdkeyAddress => CreatedJson.GetProperty("coldkey").GetProperty("ss58Address").GetString()!;

    public string HotkeyAddress => CreatedJson.GetProperty("hotkey").GetProperty("ss58Address").GetString()!;

    public void Dispose() => Cli.Dispose();
}
