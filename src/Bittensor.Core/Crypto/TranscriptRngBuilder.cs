using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Bittensor.Core.Crypto;

/// <summary>
/// merlin's <c>TranscriptRngBuilder</c>: a forked transcript rekeyed with witness (secret) bytes, finished with
/// 32 bytes of external randomness into a <see cref="TranscriptRng"/>. A value type; methods mutate it in place.
/// </summary>
public struct TranscriptRngBuilder
{
    private Strobe128 _strobe;

    internal TranscriptRngBuilder(Strobe128 strobe) => _strobe = strobe;

    /// <summary><c>rekey_with_witness_bytes</c>: <c>meta-AD(label) ‖ meta-AD(LE32(len), more) ‖ KEY(witness)</c>.</summary>
    public void RekeyWithWitnessBytes(ReadOnlySpan<byte> label, ReadOnlySpan<byte> witness)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(length, checked((uint)witness.Length));
        _strobe.MetaAd(label, more: false);
        _strobe.MetaAd(length, more: true);
        _strobe.Key(witness, more: false);
    }

    /// <summary><c>finalize(rng)</c> with 32 bytes from <see cref="RandomNumberGenerator"/>.</summary>
    public TranscriptRng Finish()
    {
        Span<byte> random = stackalloc byte[32];
        RandomNumberGenerator.Fill(random);
        TranscriptRng rng = Finish(random);
        CryptographicOperations.ZeroMemory(random);
        return rng;
    }

    /// <summary>
    /// <c>finalize</c> with caller-supplied "external randomness" (<c>meta-AD("rng") ‖ KEY(random)</c>).
    /// Deterministic callers (tests, derivation nonces) pass fixed bytes; signing uses <see cref="Finish()"/>.
    /// </summary>
    public TranscriptRng Finish(ReadOnlySpan<byte> externalRandomness)
    {
        if (externalRandomness.Length != 32)
        {
            throw new ArgumentException($"merlin finalizes with 32 random bytes, got {externalRandomness.Length}.", nameof(externalRandomness));
        }

        Strobe128 strobe = _strobe;
        strobe.MetaAd("rng"u8, more: false);
        strobe.Key(externalRandomness, more: false);
        _strobe.Clear();
        return new TranscriptRng(strobe);
    }
}
