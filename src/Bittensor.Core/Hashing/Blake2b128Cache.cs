using System.IO.Hashing;

namespace Bittensor.Core.Hashing;

/// <summary>
/// blake2_128 of short map keys, remembered. A block touches the same few map keys many times (a transfer reads and
/// writes its sender's and the author's <c>System.Account</c> some 30 times), and a BLAKE2b call costs far more than a
/// lookup here. Direct-mapped and lock-free: each slot holds an immutable (input, digest) pair that is replaced whole,
/// so concurrent readers see either the old pair or the new one; a hit compares the full input, so the result is always
/// exactly blake2_128(input).
/// </summary>
internal static class Blake2b128Cache
{
    private const int Slots = 512;
    private const int MaxInput = 64;
    private static readonly Entry?[] Cache = new Entry?[Slots];

    public static void Hash(ReadOnlySpan<byte> input, Span<byte> destination)
    {
        if (input.Length > MaxInput)
        {
            Blake2b.Hash(input, destination);
            return;
        }

        int slot = (int)(XxHash3.HashToUInt64(input) & (Slots - 1));
        Entry? entry = Volatile.Read(ref Cache[slot]);
        if (entry is not null && input.SequenceEqual(entry.Input))
        {
            entry.Digest.CopyTo(destination);
            return;
        }

        byte[] digest = new byte[16];
        Blake2b.Hash(input, digest);
        Volatile.Write(ref Cache[slot], new Entry(input.ToArray(), digest));
        digest.CopyTo(destination);
    }

    private sealed class Entry(byte[] input, byte[] digest)
    {
        public byte[] Input { get; } = input;

        public byte[] Digest { get; } = digest;
    }
}
