using System.Buffers.Binary;
using Bittensor.Core.Primitives;

namespace Bittensor.Node.Chain;

/// <summary>
/// The keys the <see cref="Blockchain"/> keeps outside the <c>state</c> column: headers and bodies by block hash, and in
/// <c>meta</c> the genesis/best/finalized pointers and the canonical number → hash index (big-endian so numbers sort).
/// </summary>
internal static class ChainKeys
{
    public static readonly byte[] GenesisHash = "genesis"u8.ToArray();

    public static readonly byte[] BestHash = "best"u8.ToArray();

    public static readonly byte[] FinalizedHash = "finalized"u8.ToArray();

    /// <summary><c>"n" ++ number (u32 big-endian)</c> → canonical block hash.</summary>
    public static byte[] NumberToHash(uint number)
    {
        byte[] key = new byte[5];
        key[0] = (byte)'n';
        BinaryPrimitives.WriteUInt32BigEndian(key.AsSpan(1), number);
        return key;
    }

    /// <summary>Headers and bodies are keyed by the 32-byte block hash.</summary>
    public static byte[] Block(in H256 hash) => hash.ToArray();
}
