using System.Buffers.Binary;

namespace Bittensor.Core.Crypto;

/// <summary>merlin's <c>TranscriptRng</c>: synthetic randomness bound to a transcript, the prover's witnesses and external randomness.</summary>
public struct TranscriptRng
{
    private Strobe128 _strobe;

    internal TranscriptRng(Strobe128 strobe) => _strobe = strobe;

    /// <summary><c>fill_bytes</c>: <c>meta-AD(LE32(len)) ‖ PRF(len)</c> (no label, unlike a challenge).</summary>
    public void FillBytes(Span<byte> destination)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(length, checked((uint)destination.Length));
        _strobe.MetaAd(length, more: false);
        _strobe.Prf(destination, more: false);
    }

    /// <summary>Zeroes the keyed state once the caller has drawn what it needs.</summary>
    public void Clear() => _strobe.Clear();
}
