using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Bittensor.Core.Crypto;
using Bittensor.Core.Primitives;

namespace Bittensor.Sdk.Wallets;

/// <summary>
/// The plaintext JSON payload of a bittensor keyfile (btwallet src/keyfile.rs
/// <c>serialized_keypair_to_keyfile_data</c> / <c>deserialize_keypair_from_keyfile_data</c>): <c>accountId</c>,
/// <c>publicKey</c>, <c>privateKey</c>, <c>secretPhrase</c>, <c>secretSeed</c>, <c>ss58Address</c>; only the fields
/// that exist are written. Public-only files (<c>coldkeypub.txt</c>, <c>*pub.txt</c>) hold the first and last two.
/// </summary>
public sealed class KeyfileData
{
    private readonly byte[] _publicKey;
    private readonly byte[]? _privateKey;
    private readonly byte[]? _secretSeed;

    private KeyfileData(byte[] publicKey, byte[]? privateKey, string? secretPhrase, byte[]? secretSeed)
    {
        _publicKey = publicKey;
        _privateKey = privateKey;
        SecretPhrase = secretPhrase;
        _secretSeed = secretSeed;
        Ss58Address = Ss58.Encode(publicKey);
    }

    /// <summary>The 32-byte sr25519 public key (also the account id).</summary>
    public ReadOnlySpan<byte> PublicKey => _publicKey;

    /// <summary>SS58 address (prefix 42).</summary>
    public string Ss58Address { get; }

    /// <summary>The mnemonic, when the key was created or regenerated from one.</summary>
    public string? SecretPhrase { get; }

    /// <summary>True when the payload holds a secret (phrase, seed or private key).</summary>
    public bool HasSecret => _privateKey is not null || _secretSeed is not null || SecretPhrase is not null;

    /// <summary>A copy of the 64-byte schnorrkel secret key (key ‖ nonce), if present.</summary>
    public byte[]? GetPrivateKey() => _privateKey is null ? null : (byte[])_privateKey.Clone();

    /// <summary>A copy of the seed (32-byte mini secret, or 64 bytes when regenerated from a 64-byte seed), if present.</summary>
    public byte[]? GetSecretSeed() => _secretSeed is null ? null : (byte[])_secretSeed.Clone();

    /// <summary>A key from a BIP-39 mnemonic (substrate-bip39, no password): phrase, seed and private key are all stored.</summary>
    /// <exception cref="FormatException">Not a valid mnemonic.</exception>
    public static KeyfileData FromMnemonic(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        string normalized = string.Join(' ', phrase.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        byte[] seed = Mnemonic.ToMiniSecret(normalized);
        KeyPair pair = KeyPair.FromSeed(seed);
        return new KeyfileData(pair.PublicKey.ToArray(), pair.ExportSr25519Secret(), normalized, seed);
    }

    /// <summary>A key from a seed as sp_core <c>from_seed_slice</c>: 32 bytes = mini secret, 64 bytes = schnorrkel secret key.</summary>
    /// <exception cref="FormatException">Wrong length or a non-canonical 64-byte key.</exception>
    public static KeyfileData FromSeed(ReadOnlySpan<byte> seed)
    {
        KeyPair pair = PairFromSeedSlice(seed);
        return new KeyfileData(pair.PublicKey.ToArray(), pair.ExportSr25519Secret(), null, seed.ToArray());
    }

    /// <summary>A key from a <c>0x</c>-hex seed (see <see cref="FromSeed(ReadOnlySpan{byte})"/>).</summary>
    /// <exception cref="FormatException">Bad hex or length.</exception>
    public static KeyfileData FromSeedHex(string seedHex)
    {
        ArgumentNullException.ThrowIfNull(seedHex);
        return FromSeed(DecodeHex(seedHex, "seed"));
    }

    /// <summary>A key with only its private key stored (as btwallet writes keys made from a URI, a private key or a polkadot.js JSON).</summary>
    public static KeyfileData FromKeyPair(KeyPair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        if (pair.Scheme != KeyScheme.Sr25519)
        {
            throw new ArgumentException("bittensor wallet keys are sr25519", nameof(pair));
        }

        return new KeyfileData(pair.PublicKey.ToArray(), pair.ExportSr25519Secret(), null, null);
    }

    /// <summary>A public-only payload (a <c>*pub.txt</c> file).</summary>
    public static KeyfileData PublicOnly(ReadOnlySpan<byte> publicKey)
    {
        if (publicKey.Length != 32)
        {
            throw new ArgumentException($"a public key is 32 bytes, got {publicKey.Length}", nameof(publicKey));
        }

        return new KeyfileData(publicKey.ToArray(), null, null, null);
    }

    /// <summary>A public-only payload from an SS58 address or a <c>0x</c>-hex public key (btwallet <c>regenerate_coldkeypub</c>).</summary>
    /// <exception cref="FormatException">Neither a valid SS58 address nor 32 bytes of hex.</exception>
    public static KeyfileData PublicOnly(string ss58OrPublicKeyHex)
    {
        ArgumentNullException.ThrowIfNull(ss58OrPublicKeyHex);
        string text = ss58OrPublicKeyHex.Trim();
        if (Ss58.TryDecode(text, out byte[] publicKey, out _, out string? ss58Error))
        {
            return PublicOnly(publicKey);
        }

        if (text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) || text.Length == 64)
        {
            byte[] bytes = DecodeHex(text, "public key");
            if (bytes.Length != 32)
            {
                throw new FormatException($"a public key is 32 bytes (64 hex digits), got {bytes.Length} bytes");
            }

            return PublicOnly(bytes);
        }

        throw new FormatException($"not an SS58 address ({ss58Error}) nor a 0x-hex public key");
    }

    /// <summary>The public part of this payload.</summary>
    public KeyfileData ToPublic() => new(_publicKey, null, null, null);

    /// <summary>
    /// The signing key, loaded in btwallet's order: <c>secretPhrase</c>, then <c>secretSeed</c>, then <c>privateKey</c>.
    /// </summary>
    /// <exception cref="InvalidOperationException">A public-only payload.</exception>
    public KeyPair ToKeyPair()
    {
        if (SecretPhrase is not null)
        {
            return KeyPair.FromMnemonic(SecretPhrase);
        }

        if (_secretSeed is not null)
        {
            return PairFromSeedSlice(_secretSeed);
        }

        if (_privateKey is not null)
        {
            return PairFromSeedSlice(_privateKey);
        }

        throw new InvalidOperationException($"the keyfile for {Ss58Address} holds only a public key");
    }

    /// <summary>The compact JSON bytes, fields in a fixed order (btwallet's order is a HashMap's; readers must not depend on it).</summary>
    public byte[] ToJsonBytes()
    {
        using MemoryStream stream = new();
        using (Utf8JsonWriter writer = new(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            string publicHex = Hex.Encode(_publicKey);
            writer.WriteString("accountId", publicHex);
            writer.WriteString("publicKey", publicHex);
            if (_privateKey is not null)
            {
                writer.WriteString("privateKey", Hex.Encode(_privateKey));
            }

            if (SecretPhrase is not null)
            {
                writer.WriteString("secretPhrase", SecretPhrase);
            }

            if (_secretSeed is not null)
            {
                writer.WriteString("secretSeed", Hex.Encode(_secretSeed));
            }

            writer.WriteString("ss58Address", Ss58Address);
            writer.WriteEndObject();
        }

        return stream.ToArray();
    }

    /// <summary>
    /// Parses keyfile JSON (any field order; string or null values as btwallet's <c>HashMap&lt;String, Option&lt;String&gt;&gt;</c>).
    /// Every public field present must agree with the key the secret fields produce.
    /// </summary>
    /// <exception cref="KeyfileCorruptException">Not JSON, wrong field types, bad hex, no key at all, or inconsistent fields.</exception>
    public static KeyfileData Parse(ReadOnlySpan<byte> json, string source = "keyfile")
    {
        Dictionary<string, string?> fields = new(StringComparer.Ordinal);
        try
        {
            Utf8JsonReader reader = new(json);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw new KeyfileCorruptException($"{source} is not a JSON object");
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                string name = reader.GetString()!;
                reader.Read();
                fields[name] = reader.TokenType switch
                {
                    JsonTokenType.String => reader.GetString(),
                    JsonTokenType.Null => null,
                    _ => throw new KeyfileCorruptException($"{source}: field '{name}' must be a string or null"),
                };
            }
        }
        catch (JsonException ex)
        {
            throw new KeyfileCorruptException($"{source} is not valid JSON: {ex.Message}", ex);
        }

        try
        {
            return FromFields(fields, source);
        }
        catch (FormatException ex)
        {
            throw new KeyfileCorruptException($"{source}: {ex.Message}", ex);
        }
    }

    private static KeyfileData FromFields(Dictionary<string, string?> fields, string source)
    {
        string? phrase = fields.GetValueOrDefault("secretPhrase");
        string? seedText = fields.GetValueOrDefault("secretSeed");
        string? privateText = fields.GetValueOrDefault("privateKey");
        string? ss58 = fields.GetValueOrDefault("ss58Address");
        string? publicText = fields.GetValueOrDefault("publicKey") ?? fields.GetValueOrDefault("accountId");

        KeyfileData result;
        if (phrase is not null)
        {
            KeyfileData fromPhrase = FromMnemonic(phrase);
            byte[]? privateKey = privateText is null ? fromPhrase._privateKey : DecodeHex(privateText, "privateKey");
            result = new KeyfileData(fromPhrase._publicKey, privateKey, fromPhrase.SecretPhrase, seedText is null ? null : DecodeSeed(seedText));
        }
        else if (seedText is not null)
        {
            byte[] seed = DecodeSeed(seedText);
            KeyPair pair = PairFromSeedSlice(seed);
            result = new KeyfileData(pair.PublicKey.ToArray(), privateText is null ? pair.ExportSr25519Secret() : DecodeHex(privateText, "privateKey"), null, seed);
        }
        else if (privateText is not null)
        {
            byte[] privateKey = DecodeHex(privateText, "privateKey");
            KeyPair pair = PairFromSeedSlice(privateKey);
            result = new KeyfileData(pair.PublicKey.ToArray(), privateKey, null, null);
        }
        else if (ss58 is not null)
        {
            if (!Ss58.TryDecode(ss58, out byte[] publicKey, out _, out string? error))
            {
                throw new FormatException($"ss58Address is invalid: {error}");
            }

            result = new KeyfileData(publicKey, null, null, null);
        }
        else if (publicText is not null)
        {
            result = PublicOnly(publicText);
        }
        else
        {
            throw new KeyfileCorruptException($"{source} holds no key (no secretPhrase, secretSeed, privateKey, ss58Address or publicKey)");
        }

        // A secret that does not produce the stored address means a corrupted or tampered file: refuse it.
        if (ss58 is not null && !string.Equals(ss58, result.Ss58Address, StringComparison.Ordinal)
            && !(Ss58.TryDecode(ss58, out byte[] other, out _, out _) && other.AsSpan().SequenceEqual(result._publicKey)))
        {
            throw new KeyfileCorruptException($"{source}: ss58Address {ss58} does not match the key's address {result.Ss58Address}");
        }

        if (publicText is not null && DecodeHex(publicText, "publicKey") is { } stated && !stated.AsSpan().SequenceEqual(result._publicKey))
        {
            throw new KeyfileCorruptException($"{source}: publicKey does not match the key's public key {Hex.Encode(result._publicKey)}");
        }

        return result;
    }

    // btwallet writes "0x" + the seed as text when the raw bytes happen to be UTF-8 (a quirk); accept that form too.
    private static byte[] DecodeSeed(string text)
    {
        ReadOnlySpan<char> body = text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? text.AsSpan(2) : text.AsSpan();
        if (Hex.TryDecode(body, out byte[]? bytes, out _) && bytes.Length is 32 or 64)
        {
            return bytes;
        }

        byte[] raw = Encoding.UTF8.GetBytes(body.ToString());
        if (raw.Length is 32 or 64)
        {
            return raw;
        }

        throw new FormatException("secretSeed is neither 32/64 bytes of hex nor btwallet's raw-text form");
    }

    private static byte[] DecodeHex(string text, string field)
    {
        ReadOnlySpan<char> body = text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? text.AsSpan(2) : text.AsSpan();
        if (!Hex.TryDecode(body, out byte[]? bytes, out string? error))
        {
            throw new FormatException($"{field} is not valid hex: {error}");
        }

        return bytes;
    }

    internal static KeyPair PairFromSeedSlice(ReadOnlySpan<byte> seed) => seed.Length switch
    {
        32 => KeyPair.FromSeed(seed),
        64 => KeyPair.FromSr25519Secret(seed),
        _ => throw new FormatException($"a seed or private key is 32 or 64 bytes, got {seed.Length}"),
    };

    /// <summary>Overwrites the secret bytes held by this instance (best effort; strings cannot be wiped).</summary>
    public void ZeroSecrets()
    {
        if (_privateKey is not null)
        {
            CryptographicOperations.ZeroMemory(_privateKey);
        }

        if (_secretSeed is not null)
        {
            CryptographicOperations.ZeroMemory(_secretSeed);
        }
    }
}
