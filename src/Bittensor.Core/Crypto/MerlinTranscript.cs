using System.Buffers.Binary;

namespace Bittensor.Core.Crypto;

/// <summary>
/// A Merlin transcript (merlin 3.x, dalek-cryptography/merlin src/transcript.rs): STROBE-128 with the protocol
/// label "Merlin v1.0", messages framed as <c>meta-AD(label) ‖ meta-AD(LE32(len), more) ‖ AD(message)</c>.
/// </summary>
/// <remarks>
/// A value type so signing and verification run without heap allocation. Assigning it copies (forks) the whole
/// transcript state, which is exactly <c>Transcript::clone</c>; pass it by <c>ref</c> to keep appending to one
/// transcript. A default instance is not initialised: create transcripts with the constructor.
/// </remarks>
public struct MerlinTranscript
{
    private Strobe128 _strobe;

    /// <summary><c>Transcript::new(label)</c>: STROBE init with "Merlin v1.0", then <c>append_message("dom-sep", label)</c>.</summary>
    public MerlinTranscript(ReadOnlySpan<byte> label)
    {
        _strobe = new Strobe128("Merlin v1.0"u8);
        AppendMessage("dom-sep"u8, label);
    }

    /// <summary>Appends a labelled message.</summary>
    public void AppendMessage(ReadOnlySpan<byte> label, ReadOnlySpan<byte> message)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(length, checked((uint)message.Length));
        _strobe.MetaAd(label, more: false);
        _strobe.MetaAd(length, more: true);
        _strobe.Ad(message, more: false);
    }

    /// <summary>Appends a <c>u64</c> as its 8-byte little-endian encoding.</summary>
    public void AppendU64(ReadOnlySpan<byte> label, ulong value)
    {
        Span<byte> bytes = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(bytes, value);
        AppendMessage(label, bytes);
    }

    /// <summary>Fills <paramref name="destination"/> with challenge bytes bound to everything appended so far.</summary>
    public void ChallengeBytes(ReadOnlySpan<byte> label, Span<byte> destination)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(length, checked((uint)destination.Length));
        _strobe.MetaAd(label, more: false);
        _strobe.MetaAd(length, more: true);
        _strobe.Prf(destination, more: false);
    }

    /// <summary>Zeroes the state (a transcript that absorbed secret material should not linger on the stack).</summary>
    public void Clear() => _strobe.Clear();

    /// <summary>An independent copy of this transcript (same as assigning the value).</summary>
    public readonly MerlinTranscript Clone() => this;

    /// <summary>
    /// <c>Transcript::build_rng</c>: forks the transcript into a builder that is rekeyed with the prover's secrets
    /// and then with external randomness. This transcript is not changed.
    /// </summary>
    public readonly TranscriptRngBuilder BuildRng() => new(_strobe);
}
