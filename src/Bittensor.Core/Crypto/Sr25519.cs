using System.Security.Cryptography;
using Bittensor.Core.Crypto.Curve25519;
using Bittensor.Core.Primitives;

namespace Bittensor.Core.Crypto;

/// <summary>
/// sr25519: Schnorr signatures on ristretto255 with Merlin transcripts, byte-exact with w3f/schnorrkel 0.11
/// (src/keys.rs, src/sign.rs, src/derive.rs) as Substrate (sp_core::sr25519) uses it: mini secrets expanded in
/// Ed25519 mode, signing context "substrate", HDKD with "SchnorrRistrettoHDKD".
/// </summary>
/// <remarks>
/// A secret key here is schnorrkel's <c>SecretKey::to_bytes</c> layout: the canonical scalar x (32 bytes, &lt; ℓ)
/// followed by the 32-byte nonce seed. <see cref="ToEd25519Bytes"/> gives polkadot.js's "ed25519 form" (8·x ‖ nonce).
/// </remarks>
public static class Sr25519
{
    public const int PublicKeySize = 32;
    public const int SignatureSize = 64;
    public const int SecretKeySize = 64;
    public const int MiniSecretSize = 32;
    public const int ChainCodeSize = 32;

    private static readonly MerlinTranscript s_substrateContext = CreateSigningContext(SubstrateContext);

    /// <summary>The signing context every Substrate sr25519 signature uses (sp_core::sr25519::SIGNING_CTX).</summary>
    public static ReadOnlySpan<byte> SubstrateContext => "substrate"u8;

    /// <summary>
    /// <c>MiniSecretKey::expand(ExpansionMode::Ed25519)</c>: h = SHA-512(mini); x = clamp(h[0..32]) / 8; nonce = h[32..64].
    /// </summary>
    public static void ExpandMiniSecret(ReadOnlySpan<byte> miniSecret, Span<byte> secretKey)
    {
        RequireLength(miniSecret, MiniSecretSize, nameof(miniSecret));
        RequireLength(secretKey, SecretKeySize, nameof(secretKey));

        Span<byte> h = stackalloc byte[64];
        SHA512.HashData(miniSecret, h);
        h[0] &= 248;
        h[31] &= 63;
        h[31] |= 64;
        // Clamped values lie in [2^254, 2^255), so x = h/8 lies in [2^251, 2^252) < ℓ: already canonical.
        Ristretto255.DivideByCofactor(h[..32]);
        h.CopyTo(secretKey);
        CryptographicOperations.ZeroMemory(h);
    }

    /// <summary>A = x·B for a 64-byte secret key.</summary>
    public static void GetPublicKey(ReadOnlySpan<byte> secretKey, Span<byte> publicKey)
    {
        RequireLength(secretKey, SecretKeySize, nameof(secretKey));
        RequireLength(publicKey, PublicKeySize, nameof(publicKey));
        Ristretto255.ScalarMultBase(publicKey, secretKey[..32]);
    }

    /// <summary>True when the first half of a 64-byte secret key is a canonical scalar (what <c>SecretKey::from_bytes</c> requires).</summary>
    public static bool IsValidSecretKey(ReadOnlySpan<byte> secretKey) =>
        secretKey.Length == SecretKeySize && Ristretto255.IsCanonicalScalar(secretKey[..32]);

    /// <summary><c>SecretKey::to_ed25519_bytes</c>: (8·x) ‖ nonce — the 64-byte secret polkadot.js stores.</summary>
    public static void ToEd25519Bytes(ReadOnlySpan<byte> secretKey, Span<byte> destination)
    {
        RequireLength(secretKey, SecretKeySize, nameof(secretKey));
        RequireLength(destination, SecretKeySize, nameof(destination));
        secretKey.CopyTo(destination);
        Ristretto255.MultiplyByCofactor(destination[..32]);
    }

    /// <summary>
    /// <c>SecretKey::from_ed25519_bytes</c>: divides the first half by 8 and requires the result to be canonical.
    /// Returns false (destination cleared) for a wrong length or a non-canonical scalar.
    /// </summary>
    public static bool TryFromEd25519Bytes(ReadOnlySpan<byte> ed25519Form, Span<byte> secretKey)
    {
        RequireLength(secretKey, SecretKeySize, nameof(secretKey));
        if (ed25519Form.Length != SecretKeySize)
        {
            secretKey.Clear();
            return false;
        }

        ed25519Form.CopyTo(secretKey);
        Ristretto255.DivideByCofactor(secretKey[..32]);
        if (!Ristretto255.IsCanonicalScalar(secretKey[..32]))
        {
            CryptographicOperations.ZeroMemory(secretKey);
            return false;
        }

        return true;
    }

    /// <summary>Signs with the "substrate" context (fresh randomness per signature, as schnorrkel).</summary>
    public static void Sign(ReadOnlySpan<byte> secretKey, ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> message, Span<byte> signature)
    {
        MerlinTranscript t = s_substrateContext;
        SignCore(ref t, secretKey, publicKey, message, signature, default);
    }

    /// <summary>Signs under an arbitrary signing context (<c>signing_context(ctx).bytes(message)</c>).</summary>
    public static void Sign(ReadOnlySpan<byte> secretKey, ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> message, Span<byte> signature, ReadOnlySpan<byte> context)
    {
        MerlinTranscript t = CreateSigningContext(context);
        SignCore(ref t, secretKey, publicKey, message, signature, default);
    }

    /// <summary>Deterministic signing for tests: <paramref name="externalRandomness"/> (32 bytes) replaces the OS RNG in the witness.</summary>
    internal static void SignWithRandomness(ReadOnlySpan<byte> secretKey, ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> message, Span<byte> signature, ReadOnlySpan<byte> externalRandomness)
    {
        RequireLength(externalRandomness, 32, nameof(externalRandomness));
        MerlinTranscript t = s_substrateContext;
        SignCore(ref t, secretKey, publicKey, message, signature, externalRandomness);
    }

    /// <summary>Verifies a "substrate"-context signature. Never throws: any malformed input is simply not valid.</summary>
    public static bool Verify(ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature)
    {
        MerlinTranscript t = s_substrateContext;
        return VerifyCore(ref t, publicKey, message, signature);
    }

    /// <summary>Verifies under an arbitrary signing context. Never throws.</summary>
    public static bool Verify(ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature, ReadOnlySpan<byte> context)
    {
        MerlinTranscript t = CreateSigningContext(context);
        return VerifyCore(ref t, publicKey, message, signature);
    }

    /// <summary>
    /// Hard derivation as sp_core: <c>secret.hard_derive_mini_secret_key(Some(cc), b"")</c>. The new mini secret is
    /// then expanded again with <see cref="ExpandMiniSecret"/>. Only the scalar enters the transcript, never the nonce.
    /// </summary>
    public static void HardDerive(ReadOnlySpan<byte> secretKey, ReadOnlySpan<byte> chainCode, Span<byte> miniSecret)
    {
        RequireLength(secretKey, SecretKeySize, nameof(secretKey));
        RequireLength(chainCode, ChainCodeSize, nameof(chainCode));
        RequireLength(miniSecret, MiniSecretSize, nameof(miniSecret));

        MerlinTranscript t = new("SchnorrRistrettoHDKD"u8);
        t.AppendMessage("sign-bytes"u8, []);
        t.AppendMessage("chain-code"u8, chainCode);
        t.AppendMessage("secret-key"u8, secretKey[..32]);
        t.ChallengeBytes("HDKD-hard"u8, miniSecret);
        t.Clear();
    }

    /// <summary>
    /// Soft derivation of a public key (<c>PublicKey::derived_key_simple(cc, [])</c>): A' = A + δ·B with
    /// δ = challenge_scalar("HDKD-scalar"). False when <paramref name="publicKey"/> is not a valid point.
    /// </summary>
    public static bool TrySoftDerivePublic(ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> chainCode, Span<byte> derivedPublicKey)
    {
        RequireLength(chainCode, ChainCodeSize, nameof(chainCode));
        RequireLength(derivedPublicKey, PublicKeySize, nameof(derivedPublicKey));
        if (publicKey.Length != PublicKeySize || !Ristretto255.IsValidPoint(publicKey))
        {
            return false;
        }

        Span<byte> delta = stackalloc byte[32];
        MerlinTranscript t = SoftDeriveTranscript(publicKey, chainCode, delta);
        Span<byte> deltaB = stackalloc byte[32];
        Ristretto255.ScalarMultBase(deltaB, delta);
        return Ristretto255.TryAdd(derivedPublicKey, publicKey, deltaB);
    }

    /// <summary>
    /// Soft derivation of a secret key (<c>Keypair::derived_key_simple(cc, [])</c>): x' = x + δ, same δ as the
    /// public side, so the derived public key is A + δ·B.
    /// </summary>
    /// <remarks>
    /// schnorrkel draws the derived nonce seed from the transcript RNG ("HDKD-nonce" witness over the parent nonce
    /// and secret) finalised with OS randomness, so Rust/JS derivations never agree on it. Here the external
    /// randomness is fixed to 32 zero bytes: the nonce is still a PRF of the parent secret and chain code, and it is
    /// reproducible (stable 64-byte exports). The nonce only seeds signature witnesses, which are randomised again on
    /// every signature; it never affects the public key, verification, or later derivations (hard derivation hashes
    /// the scalar only).
    /// </remarks>
    public static void SoftDeriveSecret(ReadOnlySpan<byte> secretKey, ReadOnlySpan<byte> chainCode, Span<byte> derivedSecretKey)
    {
        RequireLength(secretKey, SecretKeySize, nameof(secretKey));
        RequireLength(chainCode, ChainCodeSize, nameof(chainCode));
        RequireLength(derivedSecretKey, SecretKeySize, nameof(derivedSecretKey));

        Span<byte> publicKey = stackalloc byte[32];
        Ristretto255.ScalarMultBase(publicKey, secretKey[..32]);
        Span<byte> delta = stackalloc byte[32];
        MerlinTranscript t = SoftDeriveTranscript(publicKey, chainCode, delta);

        // derive_secret_key: the new chain code is drawn first (it advances the transcript), then the nonce witness.
        Span<byte> nextChainCode = stackalloc byte[32];
        t.ChallengeBytes("HDKD-chaincode"u8, nextChainCode);
        TranscriptRngBuilder builder = t.BuildRng();
        builder.RekeyWithWitnessBytes("HDKD-nonce"u8, secretKey[32..]);
        builder.RekeyWithWitnessBytes("HDKD-nonce"u8, secretKey);
        Span<byte> zeros = stackalloc byte[32];
        zeros.Clear();
        TranscriptRng rng = builder.Finish(zeros);
        Span<byte> nonce = stackalloc byte[32];
        rng.FillBytes(nonce);
        rng.Clear();

        Span<byte> scalar = stackalloc byte[32];
        Ristretto255.ScalarAdd(scalar, secretKey[..32], delta);
        scalar.CopyTo(derivedSecretKey);
        nonce.CopyTo(derivedSecretKey[32..]);
        CryptographicOperations.ZeroMemory(scalar);
        CryptographicOperations.ZeroMemory(nonce);
        CryptographicOperations.ZeroMemory(delta);
        t.Clear();
    }

    private static MerlinTranscript SoftDeriveTranscript(ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> chainCode, Span<byte> delta)
    {
        // derived_key_simple: Transcript("SchnorrRistrettoHDKD") + sign-bytes(i = []), then derive_scalar_and_chaincode.
        MerlinTranscript t = new("SchnorrRistrettoHDKD"u8);
        t.AppendMessage("sign-bytes"u8, []);
        t.AppendMessage("chain-code"u8, chainCode);
        t.AppendMessage("public-key"u8, publicKey);
        Span<byte> wide = stackalloc byte[64];
        t.ChallengeBytes("HDKD-scalar"u8, wide);
        Ristretto255.ReduceWide(delta, wide);
        return t;
    }

    private static MerlinTranscript CreateSigningContext(ReadOnlySpan<byte> context)
    {
        // SigningContext::new: Transcript::new("SigningContext"); append_message("", ctx).
        MerlinTranscript t = new("SigningContext"u8);
        t.AppendMessage([], context);
        return t;
    }

    private static void SignCore(ref MerlinTranscript t, ReadOnlySpan<byte> secretKey, ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> message, Span<byte> signature, ReadOnlySpan<byte> externalRandomness)
    {
        RequireLength(secretKey, SecretKeySize, nameof(secretKey));
        RequireLength(publicKey, PublicKeySize, nameof(publicKey));
        RequireLength(signature, SignatureSize, nameof(signature));

        t.AppendMessage("sign-bytes"u8, message);
        t.AppendMessage("proto-name"u8, "Schnorr-sig"u8);
        t.AppendMessage("sign:pk"u8, publicKey);

        // witness_scalar("signing", [nonce]): transcript RNG rekeyed with the nonce seed and 32 random bytes.
        TranscriptRngBuilder builder = t.BuildRng();
        builder.RekeyWithWitnessBytes("signing"u8, secretKey[32..]);
        TranscriptRng rng = externalRandomness.IsEmpty ? builder.Finish() : builder.Finish(externalRandomness);
        Span<byte> wide = stackalloc byte[64];
        rng.FillBytes(wide);
        rng.Clear();
        Span<byte> r = stackalloc byte[32];
        Ristretto255.ReduceWide(r, wide);

        Span<byte> bigR = signature[..32];
        Ristretto255.ScalarMultBase(bigR, r);
        t.AppendMessage("sign:R"u8, bigR);

        t.ChallengeBytes("sign:c"u8, wide);
        Span<byte> k = stackalloc byte[32];
        Ristretto255.ReduceWide(k, wide);

        // s = k·x + r
        Span<byte> s = signature[32..];
        Ristretto255.ScalarMul(s, k, secretKey[..32]);
        Ristretto255.ScalarAdd(s, s, r);
        signature[63] |= 0x80; // schnorrkel marker: distinguishes sr25519 from ed25519 signatures

        CryptographicOperations.ZeroMemory(wide);
        CryptographicOperations.ZeroMemory(r);
    }

    private static bool VerifyCore(ref MerlinTranscript t, ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature)
    {
        if (!TryParseSignature(publicKey, signature, out EdwardsPoint a, out Bytes32 s))
        {
            return false;
        }

        ReadOnlySpan<byte> bigR = signature[..32];
        Span<byte> k = stackalloc byte[32];
        Challenge(ref t, publicKey, message, bigR, k);

        // R' = s·B − k·A with one shared-doubling ladder (public data, so variable time is fine); valid iff its
        // encoding equals R's bytes (a non-canonical R can never match).
        EdwardsPoint expected = RistrettoVartime.DoubleScalarMulBasepointMinus(k, a, s);
        Span<byte> encoded = stackalloc byte[32];
        RistrettoVartime.Encode(expected, encoded);
        return encoded.SequenceEqual(bigR);
    }

    /// <summary>The same check through libsodium's constant-time primitives; kept to cross-check the fast path in tests.</summary>
    internal static bool VerifyWithLibsodium(ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature)
    {
        if (!TryParseSignature(publicKey, signature, out _, out Bytes32 s))
        {
            return false;
        }

        MerlinTranscript t = s_substrateContext;
        ReadOnlySpan<byte> bigR = signature[..32];
        Span<byte> k = stackalloc byte[32];
        Challenge(ref t, publicKey, message, bigR, k);

        Span<byte> kA = stackalloc byte[32];
        if (!Ristretto255.TryScalarMult(kA, k, publicKey))
        {
            return false;
        }

        Span<byte> sB = stackalloc byte[32];
        Ristretto255.ScalarMultBase(sB, s);
        Span<byte> expected = stackalloc byte[32];
        return Ristretto255.TrySub(expected, sB, kA) && expected.SequenceEqual(bigR);
    }

    /// <summary>
    /// Signature::from_bytes and PublicKey::from_bytes: lengths, the schnorrkel marker bit (NotMarkedSchnorrkel),
    /// a canonical s (ScalarFormatError) and a decodable A (PointDecompressionError).
    /// </summary>
    private static bool TryParseSignature(ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> signature, out EdwardsPoint a, out Bytes32 s)
    {
        a = default;
        s = default;
        if (publicKey.Length != PublicKeySize || signature.Length != SignatureSize || (signature[63] & 0x80) == 0)
        {
            return false;
        }

        signature[32..].CopyTo(s);
        s[31] &= 0x7F;
        return Ristretto255.IsCanonicalScalar(s) && RistrettoVartime.TryDecode(publicKey, out a);
    }

    private static void Challenge(ref MerlinTranscript t, ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> message, ReadOnlySpan<byte> bigR, Span<byte> k)
    {
        t.AppendMessage("sign-bytes"u8, message);
        t.AppendMessage("proto-name"u8, "Schnorr-sig"u8);
        t.AppendMessage("sign:pk"u8, publicKey);
        t.AppendMessage("sign:R"u8, bigR);
        Span<byte> wide = stackalloc byte[64];
        t.ChallengeBytes("sign:c"u8, wide);
        Ristretto255.ReduceWide(k, wide);
    }

    private static void RequireLength(ReadOnlySpan<byte> value, int length, string name)
    {
        if (value.Length != length)
        {
            throw new ArgumentException($"expected {length} bytes, got {value.Length}", name);
        }
    }
}
