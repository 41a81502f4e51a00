using System.Security.Cryptography;
using Bittensor.Core.Primitives;

namespace Bittensor.Core.Crypto;

/// <summary>
/// A signing key pair of either scheme, created from a SURI, a mnemonic, a seed or an exported secret key, with
/// Substrate's HDKD (sp_core::sr25519::Pair / sp_core::ed25519::Pair semantics).
/// </summary>
public sealed class KeyPair
{
    // sr25519: schnorrkel SecretKey bytes (scalar ‖ nonce). ed25519: libsodium secret key (seed ‖ public key).
    private readonly byte[] _secret;
    private readonly byte[] _publicKey;
    private readonly byte[]? _seed;

    private KeyPair(KeyScheme scheme, byte[] secret, byte[] publicKey, byte[]? seed)
    {
        Scheme = scheme;
        _secret = secret;
        _publicKey = publicKey;
        _seed = seed;
    }

    public KeyScheme Scheme { get; }

    /// <summary>The 32-byte public key (also the AccountId32 for both schemes).</summary>
    public ReadOnlyMemory<byte> PublicKey => _publicKey;

    /// <summary>
    /// A copy of the 32-byte seed (sr25519 mini secret / ed25519 seed) of this key when it is known: the key came from
    /// a phrase or seed and every junction applied since was hard (sp_core <c>from_string_with_seed</c>).
    /// Null after a soft junction, or for an sr25519 key imported from its 64-byte secret.
    /// </summary>
    public byte[]? Seed => _seed is null ? null : (byte[])_seed.Clone();

    /// <summary>Signs a message: sr25519 with context "substrate" (randomised), ed25519 deterministically. 64 bytes.</summary>
    public byte[] Sign(ReadOnlySpan<byte> message)
    {
        byte[] signature = new byte[64];
        if (Scheme == KeyScheme.Sr25519)
        {
            Sr25519.Sign(_secret, _publicKey, message, signature);
        }
        else
        {
            Ed25519.Sign(_secret, message, signature);
        }

        return signature;
    }

    /// <summary>Verifies a signature against this key's public key. Never throws.</summary>
    public bool Verify(ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature) => Verify(Scheme, _publicKey, message, signature);

    /// <summary>Verifies a signature of either scheme. Malformed input of any length returns false, never throws.</summary>
    public static bool Verify(KeyScheme scheme, ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature) =>
        scheme switch
        {
            KeyScheme.Sr25519 => Sr25519.Verify(publicKey, message, signature),
            KeyScheme.Ed25519 => Ed25519.Verify(publicKey, message, signature),
            _ => false,
        };

    /// <summary>The SS58 address of the public key (42 = generic Substrate / Bittensor, "5…").</summary>
    public string ToSs58(ushort prefix = Ss58.BittensorPrefix) => Ss58.Encode(_publicKey, prefix);

    /// <summary>The scheme and address; never any secret.</summary>
    public override string ToString() => $"{Scheme} {ToSs58()}";

    /// <summary>
    /// Builds a key from a secret URI (<c>//Alice</c>, <c>phrase//hard/soft///password</c>, <c>0x&lt;64 hex&gt;//path</c>),
    /// as sp_core <c>Pair::from_string</c>. The password salts the mnemonic; with a hex seed it is ignored, as in sp_core.
    /// </summary>
    /// <exception cref="FormatException">With a one-line reason: bad grammar, bad hex, unknown word, checksum, ed25519 soft junction.</exception>
    public static KeyPair FromUri(string suri, KeyScheme scheme = KeyScheme.Sr25519) => FromUri(suri, scheme, passwordOverride: null);

    /// <summary>
    /// As <see cref="FromUri(string, KeyScheme)"/>, with sp_core's <c>password_override</c>: when not null it replaces any
    /// <c>///password</c> in the URI (a CLI <c>--password</c> option).
    /// </summary>
    public static KeyPair FromUri(string suri, KeyScheme scheme, string? passwordOverride)
    {
        (string phrase, IReadOnlyList<DeriveJunction> junctions, string? uriPassword) = SecretUri.Parse(suri);
        string? password = passwordOverride ?? uriPassword;
        if (scheme == KeyScheme.Ed25519)
        {
            for (int i = 0; i < junctions.Count; i++)
            {
                if (junctions[i].IsSoft)
                {
                    throw new FormatException($"ed25519 keys have no soft derivation: junction {i + 1} of the secret URI is soft (use // for a hard junction)");
                }
            }
        }

        byte[] seed;
        if (phrase.StartsWith("0x", StringComparison.Ordinal))
        {
            if (!Hex.TryDecode(phrase.AsSpan(2), out byte[]? bytes, out string? hexError))
            {
                throw new FormatException($"secret seed is not valid hex: {hexError}");
            }

            if (bytes.Length != 32)
            {
                CryptographicOperations.ZeroMemory(bytes);
                throw new FormatException($"secret seed must be 32 bytes (64 hex digits after 0x), got {bytes.Length} bytes");
            }

            seed = bytes;
        }
        else
        {
            if (!Mnemonic.TryToEntropy(phrase, out byte[]? entropy, out string? error))
            {
                throw new FormatException($"invalid secret phrase: {error}");
            }

            byte[] full = Mnemonic.EntropyToSeed(entropy, password ?? string.Empty);
            seed = full[..32];
            CryptographicOperations.ZeroMemory(full);
            CryptographicOperations.ZeroMemory(entropy);
        }

        try
        {
            return FromSeed(seed, scheme).Derive(junctions);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(seed);
        }
    }

    /// <summary>A key from a 32-byte seed: the sr25519 mini secret (expanded Ed25519-style) or the ed25519 seed.</summary>
    public static KeyPair FromSeed(ReadOnlySpan<byte> seed32, KeyScheme scheme = KeyScheme.Sr25519)
    {
        if (seed32.Length != 32)
        {
            throw new ArgumentException($"a seed is 32 bytes, got {seed32.Length}", nameof(seed32));
        }

        byte[] publicKey = new byte[32];
        byte[] secret = new byte[64];
        switch (scheme)
        {
            case KeyScheme.Sr25519:
                Sr25519.ExpandMiniSecret(seed32, secret);
                Sr25519.GetPublicKey(secret, publicKey);
                break;
            case KeyScheme.Ed25519:
                Ed25519.KeyPairFromSeed(seed32, publicKey, secret);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(scheme), scheme, "unknown key scheme");
        }

        return new KeyPair(scheme, secret, publicKey, seed32.ToArray());
    }

    /// <summary>A key from a BIP-39 phrase with substrate-bip39 seeding (no derivation path).</summary>
    /// <exception cref="FormatException">The phrase is not a valid mnemonic (reason included).</exception>
    public static KeyPair FromMnemonic(string phrase, string password = "", KeyScheme scheme = KeyScheme.Sr25519)
    {
        byte[] mini = Mnemonic.ToMiniSecret(phrase, password);
        try
        {
            return FromSeed(mini, scheme);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(mini);
        }
    }

    /// <summary>An sr25519 key from a 64-byte exported secret key (<see cref="Sr25519SecretFormat"/>); it has no <see cref="Seed"/>.</summary>
    /// <exception cref="FormatException">Wrong length, or the scalar half is not canonical.</exception>
    public static KeyPair FromSr25519Secret(ReadOnlySpan<byte> secretKey, Sr25519SecretFormat format = Sr25519SecretFormat.Schnorrkel)
    {
        if (secretKey.Length != Sr25519.SecretKeySize)
        {
            throw new FormatException($"an sr25519 secret key is 64 bytes, got {secretKey.Length}");
        }

        byte[] secret = new byte[64];
        bool ok = format == Sr25519SecretFormat.Ed25519
            ? Sr25519.TryFromEd25519Bytes(secretKey, secret)
            : TryCopyCanonical(secretKey, secret);
        if (!ok)
        {
            throw new FormatException("sr25519 secret key scalar is not canonical (wrong format or corrupted key)");
        }

        byte[] publicKey = new byte[32];
        Sr25519.GetPublicKey(secret, publicKey);
        return new KeyPair(KeyScheme.Sr25519, secret, publicKey, seed: null);

        static bool TryCopyCanonical(ReadOnlySpan<byte> source, byte[] destination)
        {
            source.CopyTo(destination);
            return Sr25519.IsValidSecretKey(destination);
        }
    }

    /// <summary>The 64-byte sr25519 secret key in the requested format (ed25519 keys: use <see cref="Seed"/>).</summary>
    public byte[] ExportSr25519Secret(Sr25519SecretFormat format = Sr25519SecretFormat.Schnorrkel)
    {
        if (Scheme != KeyScheme.Sr25519)
        {
            throw new InvalidOperationException("only sr25519 keys have a 64-byte schnorrkel secret; an ed25519 key is its 32-byte Seed");
        }

        byte[] result = new byte[64];
        if (format == Sr25519SecretFormat.Ed25519)
        {
            Sr25519.ToEd25519Bytes(_secret, result);
        }
        else
        {
            _secret.CopyTo(result, 0);
        }

        return result;
    }

    /// <summary>
    /// Applies junctions in order, as sp_core <c>Pair::derive</c>. sr25519: hard → new mini secret
    /// (<see cref="Sr25519.HardDerive"/>), soft → x + δ (<see cref="Sr25519.SoftDeriveSecret"/>). ed25519: hard only.
    /// </summary>
    /// <exception cref="ArgumentException">A soft junction on an ed25519 key.</exception>
    public KeyPair Derive(IEnumerable<DeriveJunction> path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Scheme == KeyScheme.Sr25519 ? DeriveSr25519(path) : DeriveEd25519(path);
    }

    private KeyPair DeriveSr25519(IEnumerable<DeriveJunction> path)
    {
        byte[] secret = (byte[])_secret.Clone();
        byte[]? seed = _seed is null ? null : (byte[])_seed.Clone();
        Span<byte> chainCode = stackalloc byte[32];
        Span<byte> mini = stackalloc byte[32];
        foreach (DeriveJunction junction in path)
        {
            junction.CopyChainCodeTo(chainCode);
            if (junction.IsHard)
            {
                Sr25519.HardDerive(secret, chainCode, mini);
                Sr25519.ExpandMiniSecret(mini, secret);
                // sp_core keeps reporting a seed only while one was known from the start.
                if (seed is not null)
                {
                    mini.CopyTo(seed);
                }
            }
            else
            {
                byte[] next = new byte[64];
                Sr25519.SoftDeriveSecret(secret, chainCode, next);
                CryptographicOperations.ZeroMemory(secret);
                secret = next;
                if (seed is not null)
                {
                    CryptographicOperations.ZeroMemory(seed);
                    seed = null;
                }
            }
        }

        CryptographicOperations.ZeroMemory(mini);
        byte[] publicKey = new byte[32];
        Sr25519.GetPublicKey(secret, publicKey);
        return new KeyPair(KeyScheme.Sr25519, secret, publicKey, seed);
    }

    private KeyPair DeriveEd25519(IEnumerable<DeriveJunction> path)
    {
        Span<byte> seed = stackalloc byte[32];
        _secret.AsSpan(0, 32).CopyTo(seed);
        Span<byte> chainCode = stackalloc byte[32];
        int position = 0;
        foreach (DeriveJunction junction in path)
        {
            position++;
            if (junction.IsSoft)
            {
                CryptographicOperations.ZeroMemory(seed);
                throw new ArgumentException($"ed25519 keys have no soft derivation (junction {position} is soft)", nameof(path));
            }

            junction.CopyChainCodeTo(chainCode);
            Ed25519.HardDerive(seed, chainCode, seed);
        }

        KeyPair result = FromSeed(seed, KeyScheme.Ed25519);
        CryptographicOperations.ZeroMemory(seed);
        return result;
    }
}
