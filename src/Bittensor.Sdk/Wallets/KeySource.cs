using Bittensor.Core.Crypto;

namespace Bittensor.Sdk.Wallets;

/// <summary>Where a regenerated key comes from: a mnemonic, a seed, a polkadot.js JSON export, a secret URI, or a private key.</summary>
public abstract class KeySource
{
    private KeySource()
    {
    }

    /// <summary>Builds the keyfile payload (and validates the input).</summary>
    /// <exception cref="FormatException">Invalid mnemonic, hex, length or URI.</exception>
    /// <exception cref="WrongPasswordException">A JSON export's passphrase is wrong.</exception>
    public abstract KeyfileData Create();

    /// <summary>A BIP-39 mnemonic (phrase, seed and private key are stored).</summary>
    public static KeySource FromMnemonic(string phrase) => new Impl(() => KeyfileData.FromMnemonic(phrase));

    /// <summary>A <c>0x</c>-hex seed: 32-byte mini secret or 64-byte secret key (seed and private key are stored).</summary>
    public static KeySource FromSeed(string seedHex) => new Impl(() => KeyfileData.FromSeedHex(seedHex));

    /// <summary>A polkadot.js JSON export and its passphrase (only the private key is stored).</summary>
    public static KeySource FromPolkadotJson(string json, string passphrase) => new Impl(() => KeyfileData.FromKeyPair(PolkadotJsonKeystore.Decrypt(json, passphrase)));

    /// <summary>A secret URI such as <c>//Alice</c> (only the private key is stored, as btwallet <c>create_from_uri</c>).</summary>
    public static KeySource FromUri(string suri) => new Impl(() => KeyfileData.FromKeyPair(KeyPair.FromUri(suri)));

    private sealed class Impl(Func<KeyfileData> create) : KeySource
    {
        public override KeyfileData Create() => create();
    }
}
